package dev.pitwall.api.servicebook;

import dev.pitwall.core.servicebook.ServiceItem;
import java.time.Instant;

/** A validated record of one item, ready to store; {@code source} is who records it ("api", later "booking"). */
record NewServiceRecord(ServiceItem item, Instant performedAt, double odometerKm, Double engineHours, String workshop,
        String notes, String source) {
}
