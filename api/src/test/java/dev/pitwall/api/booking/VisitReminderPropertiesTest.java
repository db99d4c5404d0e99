package dev.pitwall.api.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class VisitReminderPropertiesTest {

    @Test
    void acceptsALeadFromAnHourToAWeekAndNamesThePropertyOtherwise() {
        assertThat(new VisitReminderProperties(true, Duration.ofHours(24), Duration.ofMinutes(5)).lead())
                .isEqualTo(Duration.ofHours(24));
        assertThat(new VisitReminderProperties(true, Duration.ofDays(7), Duration.ofMinutes(5)).lead())
                .isEqualTo(Duration.ofDays(7));
        assertThatThrownBy(() -> new VisitReminderProperties(true, Duration.ofMinutes(59), Duration.ofMinutes(5)))
                .hasMessage("pitwall.booking.reminders.lead: expected PT1H to P7D, got PT59M");
        assertThatThrownBy(() -> new VisitReminderProperties(true, Duration.ofDays(8), Duration.ofMinutes(5)))
                .hasMessageStartingWith("pitwall.booking.reminders.lead:");
    }
}
