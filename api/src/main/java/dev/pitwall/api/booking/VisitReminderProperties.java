package dev.pitwall.api.booking;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Reminders of booked visits ({@code pitwall.booking.reminders.*}); the values live in application.yml.
 *
 * @param enabled       whether the API sends them on its own schedule
 * @param lead          a visit starting within this from now is reminded
 * @param checkInterval how often the API looks for visits to remind
 */
@Validated
@ConfigurationProperties("pitwall.booking.reminders")
public record VisitReminderProperties(boolean enabled, @NotNull Duration lead, @NotNull Duration checkInterval) {

    public VisitReminderProperties {
        if (lead != null && (lead.compareTo(Duration.ofHours(1)) < 0 || lead.compareTo(Duration.ofDays(7)) > 0)) {
            throw new IllegalArgumentException("pitwall.booking.reminders.lead: expected PT1H to P7D, got " + lead);
        }
    }
}
