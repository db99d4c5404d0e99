package dev.pitwall.api.booking;

import dev.pitwall.infra.TestDatabases;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The application as the booking ITs run it: a database of its own, the test workshops of
 * {@code booking/test-workshops.json} as the POI catalog, development tokens, and a clock fixed at {@link #NOW}, so
 * that which slots exist does not depend on the day the tests run.
 */
public final class BookingTestApplication {

    static final String SECRET = "booking-end-to-end-secret-of-32-bytes!!";
    /** A Wednesday, 11:00 in Munich: the first bookable start is 13:00 (lead time 2h). */
    public static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");

    private BookingTestApplication() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        String url = TestDatabases.createDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("pitwall.security.dev-token.secret", () -> SECRET);
        registry.add("pitwall.pois.file", BookingTestApplication::workshopsFile);
        // the tests send reminders themselves (VisitReminders.remindDue), at the fixed clock's now
        registry.add("pitwall.booking.reminders.enabled", () -> "false");
    }

    private static String workshopsFile() {
        try {
            return Path.of(BookingTestApplication.class.getResource("/booking/test-workshops.json").toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The app's clock, fixed; the tokens keep the real one (DevelopmentTokens has its own). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class FixedClock {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}
