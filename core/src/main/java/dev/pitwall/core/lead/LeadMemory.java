package dev.pitwall.core.lead;

import dev.pitwall.core.servicebook.ServiceRecord;
import dev.pitwall.core.servicebook.VehicleReading;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What {@link LeadTracker} remembers of one vehicle between messages; small and bounded (one record per service
 * item, one episode per reason and subject, the severe codes now active).
 *
 * @param vin             the vehicle
 * @param newestEventTime event time of the newest message, null before the first
 * @param firstReport     the first reading with an odometer: the basis of service items without a record
 * @param current         the newest reading (odometer and engine hours carried over when a message lacks them)
 * @param latitude        the newest known position, null until one was reported
 * @param longitude       see {@code latitude}
 * @param records         the newest service record of each item
 * @param episodes        one per lead condition the vehicle is in: open, or expired and waiting for the condition
 *                        to end
 * @param severeDtcs      the severe trouble codes now active and since when
 * @param serviceCheck    where the service book must be judged again (the next limit an item can cross, or a
 *                        lead's expiry); null: on the next message
 */
public record LeadMemory(String vin, Instant newestEventTime, VehicleReading firstReport, VehicleReading current,
        Double latitude, Double longitude, List<ServiceRecord> records, List<Episode> episodes,
        List<ActiveCode> severeDtcs, ServiceCheck serviceCheck) {

    public LeadMemory {
        Objects.requireNonNull(vin, "vin");
        records = List.copyOf(records);
        episodes = List.copyOf(episodes);
        severeDtcs = List.copyOf(severeDtcs);
    }

    public static LeadMemory empty(String vin) {
        return new LeadMemory(vin, null, null, null, null, null, List.of(), List.of(), List.of(), null);
    }

    /**
     * One lead condition of the vehicle.
     *
     * @param expired the lead expired while the condition lasted: no new lead until it ends
     */
    public record Episode(String leadId, LeadReason reason, String subject, LeadPriority priority,
            String suggestedService, Instant openedAt, boolean expired) {

        public Episode {
            Objects.requireNonNull(leadId, "leadId");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(suggestedService, "suggestedService");
            Objects.requireNonNull(openedAt, "openedAt");
        }

        boolean is(LeadReason otherReason, String otherSubject) {
            return reason == otherReason && subject.equals(otherSubject);
        }

        public OpenLead asOpenLead() {
            return new OpenLead(leadId, reason, subject, priority, suggestedService, openedAt);
        }
    }

    /**
     * The readings at which an item of the service book can next change state, or a SERVICE_DUE lead expire: until
     * the odometer reaches {@code km}, the engine hours {@code engineHours} or event time {@code time}, judging the
     * book again would give the same answer. Null fields: no such limit.
     */
    public record ServiceCheck(Double km, Double engineHours, Instant time) {

        /** Whether a vehicle at {@code current} must be judged again. */
        public boolean reachedBy(VehicleReading current) {
            return (km != null && current.odometerKm() != null && current.odometerKm() >= km)
                    || (engineHours != null && current.engineHours() != null && current.engineHours() >= engineHours)
                    || (time != null && !current.time().isBefore(time));
        }
    }

    /** A severe trouble code and the event time it was first reported in its current run. */
    public record ActiveCode(String code, Instant since) {

        public ActiveCode {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(since, "since");
        }
    }
}
