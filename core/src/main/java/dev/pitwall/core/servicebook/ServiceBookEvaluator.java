package dev.pitwall.core.servicebook;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The service book's one rule, as a pure function: from a vehicle's schedule, its service records, the first and
 * the newest readings Pitwall has of it and the moment to judge at, where each maintenance item stands. No I/O,
 * no clock, no framework: the API calls it on every request, and the stream job's service-due operator is meant
 * to call the very same method on every message (with the event time as {@code asOf}), so both always agree.
 *
 * <p>Per item: the basis is the item's newest service record, or the vehicle's first report when it has none.
 * Each limit of the interval the item has is evaluated when the basis and the vehicle both have the reading it
 * needs: due at basis + interval; remaining = due − current (distance, engine hours) or due − {@code asOf}
 * (time, calendar months in UTC). A limit is OVERDUE when nothing is left (remaining ≤ 0), DUE_SOON within its
 * margin, otherwise OK. The item takes the most urgent state of its limits; the deciding limit is, among those
 * in that state, the one with the smallest share of its interval left.
 */
public final class ServiceBookEvaluator {

    private ServiceBookEvaluator() {
    }

    /**
     * @param records     the vehicle's service records, any number per item, in any order (only the newest per
     *                    item counts; records of items the schedule does not track are ignored)
     * @param firstReport the first reading Pitwall saw of the vehicle: the basis of items without a record
     * @param current     the newest reading: distance and engine hours are measured to it
     * @param asOf        the moment time limits are measured to
     * @return one status per item of the schedule, most urgent first ({@link ItemStatus#MOST_URGENT_FIRST}, then
     *         schedule order)
     */
    public static List<ItemStatus> evaluate(ServiceSchedule schedule, Collection<ServiceRecord> records,
            VehicleReading firstReport, VehicleReading current, Instant asOf) {
        Map<ServiceItem, ServiceRecord> newest = newestPerItem(records);
        List<ItemStatus> statuses = new ArrayList<>();
        for (ScheduledItem item : schedule.items()) {
            ServiceRecord last = newest.get(item.item());
            ServiceBasis basis = last != null ? ServiceBasis.lastService(last) : ServiceBasis.firstReport(firstReport);
            statuses.add(evaluate(item, basis, current, asOf));
        }
        statuses.sort(ItemStatus.MOST_URGENT_FIRST); // stable: ties keep schedule order
        return statuses;
    }

    /** One item against one basis; see the class description. */
    public static ItemStatus evaluate(ScheduledItem item, ServiceBasis basis, VehicleReading current, Instant asOf) {
        List<LimitCheck> checks = new ArrayList<>();
        Set<ServiceLimit> notEvaluated = EnumSet.noneOf(ServiceLimit.class);

        Double dueKm = null;
        Double remainingKm = null;
        if (item.intervalKm() != null) {
            if (basis.odometerKm() != null && current.odometerKm() != null) {
                dueKm = basis.odometerKm() + item.intervalKm();
                remainingKm = dueKm - current.odometerKm();
                checks.add(LimitCheck.of(ServiceLimit.DISTANCE, remainingKm, item.marginKm(), item.intervalKm()));
            } else {
                notEvaluated.add(ServiceLimit.DISTANCE);
            }
        }

        Instant dueTime = null;
        Duration remainingTime = null;
        if (item.intervalMonths() != null) {
            dueTime = basis.time().atOffset(ZoneOffset.UTC).plusMonths(item.intervalMonths()).toInstant();
            remainingTime = Duration.between(asOf, dueTime);
            Duration interval = Duration.between(basis.time(), dueTime);
            checks.add(LimitCheck.of(ServiceLimit.TIME, remainingTime.toSeconds(),
                    (double) item.marginTime(interval).toSeconds(), interval.toSeconds()));
        }

        Double dueHours = null;
        Double remainingHours = null;
        if (item.intervalEngineHours() != null) {
            if (basis.engineHours() != null && current.engineHours() != null) {
                dueHours = basis.engineHours() + item.intervalEngineHours();
                remainingHours = dueHours - current.engineHours();
                checks.add(LimitCheck.of(ServiceLimit.ENGINE_HOURS, remainingHours, item.marginEngineHours(),
                        item.intervalEngineHours()));
            } else {
                notEvaluated.add(ServiceLimit.ENGINE_HOURS);
            }
        }

        LimitCheck deciding = checks.stream()
                .min(Comparator.comparingInt((LimitCheck c) -> c.state().urgency())
                        .thenComparingDouble(LimitCheck::share))
                .orElse(null);
        return new ItemStatus(item, deciding == null ? ItemState.UNKNOWN : deciding.state(),
                deciding == null ? null : deciding.limit(), basis,
                new ItemStatus.Due(dueKm, dueTime, dueHours),
                new ItemStatus.Remaining(remainingKm, remainingTime, remainingHours),
                deciding == null ? null : deciding.share(), notEvaluated);
    }

    private static Map<ServiceItem, ServiceRecord> newestPerItem(Collection<ServiceRecord> records) {
        // newest by the time it was performed; at the same time, the higher odometer (the later entry of a day)
        Comparator<ServiceRecord> order = Comparator.comparing(ServiceRecord::performedAt)
                .thenComparingDouble(ServiceRecord::odometerKm);
        Map<ServiceItem, ServiceRecord> newest = new EnumMap<>(ServiceItem.class);
        for (ServiceRecord r : records) {
            newest.merge(r.item(), r, (a, b) -> order.compare(a, b) >= 0 ? a : b);
        }
        return newest;
    }

    /** One limit of one item: its state and the share of its interval that is left. */
    private record LimitCheck(ServiceLimit limit, ItemState state, double share) {

        static LimitCheck of(ServiceLimit limit, double remaining, double margin, double interval) {
            ItemState state = remaining <= 0 ? ItemState.OVERDUE
                    : remaining <= margin ? ItemState.DUE_SOON : ItemState.OK;
            return new LimitCheck(limit, state, remaining / interval);
        }
    }
}
