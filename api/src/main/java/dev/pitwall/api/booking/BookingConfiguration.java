package dev.pitwall.api.booking;

import dev.pitwall.engagement.booking.ServiceDurations;
import dev.pitwall.engagement.booking.SlotFinder;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionOperations;

/** Binds {@code pitwall.booking.*} at start-up (a bad value stops the API) and builds the engagement domain from it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({BookingProperties.class, VisitReminderProperties.class})
class BookingConfiguration {

    @Bean
    SlotFinder slotFinder(BookingProperties properties) {
        return new SlotFinder(properties.rules());
    }

    @Bean
    VisitReminders visitReminders(BookingRepository repository, VisitMessages messages,
            TransactionOperations transactions, VisitReminderProperties properties, Clock clock,
            MeterRegistry meters) {
        return new VisitReminders(repository, messages, transactions, properties, clock, meters);
    }

    @Bean
    ServiceDurations serviceDurations(BookingProperties properties) {
        return properties.durations();
    }
}
