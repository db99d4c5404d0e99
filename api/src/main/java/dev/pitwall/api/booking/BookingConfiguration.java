package dev.pitwall.api.booking;

import dev.pitwall.engagement.booking.ServiceDurations;
import dev.pitwall.engagement.booking.SlotFinder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds {@code pitwall.booking.*} at start-up (a bad value stops the API) and builds the engagement domain from it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BookingProperties.class)
class BookingConfiguration {

    @Bean
    SlotFinder slotFinder(BookingProperties properties) {
        return new SlotFinder(properties.rules());
    }

    @Bean
    ServiceDurations serviceDurations(BookingProperties properties) {
        return properties.durations();
    }
}
