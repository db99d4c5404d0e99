package dev.pitwall.api.renewal;

import dev.pitwall.engagement.renewal.RenewalPlanner;
import dev.pitwall.engagement.renewal.RenewalPricing;
import dev.pitwall.engagement.renewal.RenewalSchedule;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wires the engagement module's renewal planner to the configured schedule, and the scheduled planning run. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RenewalProperties.class)
@EnableScheduling
class RenewalConfiguration {

    @Bean
    RenewalPlanner renewalPlanner(RenewalProperties properties) {
        return new RenewalPlanner(new RenewalSchedule(properties.daysBefore()), RenewalPricing.DEFAULTS,
                properties.termMonths());
    }

    @Bean
    @ConditionalOnProperty(name = "pitwall.renewals.enabled", havingValue = "true", matchIfMissing = true)
    RenewalScheduler renewalScheduler(RenewalService service, Clock clock) {
        return new RenewalScheduler(service, clock);
    }
}
