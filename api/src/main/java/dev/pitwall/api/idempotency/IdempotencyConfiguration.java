package dev.pitwall.api.idempotency;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Binds {@code pitwall.idempotency.*} (a bad value stops the API) and schedules the expiry of old keys. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
@EnableScheduling
class IdempotencyConfiguration {

    @Bean
    IdempotencyKeySweeper idempotencyKeySweeper(IdempotentRequestRepository repository,
            IdempotencyProperties properties, Clock clock, MeterRegistry meters) {
        return new IdempotencyKeySweeper(repository, properties, clock, meters);
    }
}
