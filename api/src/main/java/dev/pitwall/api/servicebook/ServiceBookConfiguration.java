package dev.pitwall.api.servicebook;

import dev.pitwall.core.servicebook.ServiceRecordRules;
import dev.pitwall.core.servicebook.ServiceSchedules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service book's rules from core, configured: the maintenance schedules (loaded and validated at start-up,
 * so a bad schedule file stops the API instead of producing wrong due dates) and the checks of a recorded service.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceBookProperties.class)
class ServiceBookConfiguration {

    @Bean
    ServiceSchedules serviceSchedules(ServiceBookProperties properties) {
        return properties.schedulesFile() == null ? ServiceSchedules.builtIn()
                : ServiceSchedules.load(properties.schedulesFile());
    }

    @Bean
    ServiceRecordRules serviceRecordRules(ServiceBookProperties properties) {
        return new ServiceRecordRules(properties.odometerToleranceKm(), properties.engineHoursTolerance(),
                properties.clockSkew());
    }
}
