package dev.pitwall.api.servicebook;

import dev.pitwall.core.servicebook.ItemState;
import dev.pitwall.core.servicebook.ItemStatus;
import dev.pitwall.core.servicebook.ScheduledItem;
import dev.pitwall.core.servicebook.ServiceBasis;
import dev.pitwall.core.servicebook.ServiceItem;
import dev.pitwall.core.servicebook.ServiceLimit;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * One maintenance item of a vehicle: where it stands, when it falls due by each limit of its interval and how much
 * is left, what that is counted from, and its last recorded service. Fields of a limit the item's interval does not
 * have, or that could not be evaluated ({@code notEvaluated}), are null.
 */
@Schema(description = "A maintenance item's state, due points and remaining distance, time and engine hours")
public record ServiceItemStatus(
        ServiceItem item,
        @Schema(example = "oil and filter change") String displayName,
        @Schema(description = "OVERDUE: a limit reached or passed; DUE_SOON: within its due-soon margin; OK; "
                + "UNKNOWN: no limit could be evaluated (the vehicle never reported the readings it needs)")
        ItemState state,
        @Schema(description = "The limit that comes first: among the limits in the item's state, the one with the "
                + "smallest share of its interval left; null when UNKNOWN")
        ServiceLimit decidingLimit,
        @Schema(description = "The schedule's interval: whichever limit is reached first") Interval interval,
        @Schema(description = "Where each limit falls due") DueAt dueAt,
        @Schema(description = "What is left to each limit; negative when passed") Remaining remaining,
        @Schema(description = "What the interval is counted from: the item's last service (LAST_SERVICE) or, "
                + "without one, the first odometer, engine hours and time Pitwall saw of the vehicle (FIRST_REPORT)")
        ServiceBasis basis,
        @Schema(description = "The item's newest recorded service; null without one") ServiceHistoryEntry lastService,
        @Schema(description = "Limits of the interval that could not be evaluated, for want of an odometer or engine "
                + "hours reading at the basis or now")
        List<ServiceLimit> notEvaluated) {

    public ServiceItemStatus {
        notEvaluated = List.copyOf(notEvaluated);
    }

    static ServiceItemStatus of(ItemStatus status, ServiceHistoryEntry lastService) {
        ScheduledItem schedule = status.schedule();
        ItemStatus.Remaining left = status.remaining();
        return new ServiceItemStatus(status.item(), status.item().displayName(), status.state(),
                status.decidingLimit(),
                new Interval(schedule.intervalKm(), schedule.intervalMonths(), schedule.intervalEngineHours()),
                new DueAt(tenth(status.due().odometerKm()), status.due().time(), tenth(status.due().engineHours())),
                new Remaining(tenth(left.km()), left.time() == null ? null : tenth(left.time().toSeconds() / 86_400.0),
                        tenth(left.engineHours())),
                status.basis(), lastService,
                status.notEvaluated().stream().sorted().toList());
    }

    /** The schedule's interval for the item. */
    public record Interval(
            @Schema(example = "30000.0") Double km,
            @Schema(description = "Calendar months", example = "24") Integer months,
            @Schema(example = "600.0") Double engineHours) {
    }

    /** Where each limit falls due: at this odometer reading, at this instant, at these engine hours. */
    public record DueAt(
            @Schema(example = "48750.0") Double odometerKm,
            @Schema(example = "2027-06-14T10:30:00Z") Instant time,
            Double engineHours) {
    }

    /** What is left to each limit, rounded to a tenth; negative when passed. */
    public record Remaining(
            @Schema(example = "538.6") Double km,
            @Schema(description = "Days to the due time, from the service book's asOf", example = "499.1") Double days,
            Double engineHours) {
    }

    private static Double tenth(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }
}
