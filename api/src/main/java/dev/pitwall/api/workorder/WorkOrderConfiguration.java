package dev.pitwall.api.workorder;

import dev.pitwall.engagement.workorder.PhotoRules;
import dev.pitwall.engagement.workorder.QuoteRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds {@code pitwall.work-orders.*} at start-up and builds the engagement rules from it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkOrderProperties.class)
class WorkOrderConfiguration {

    @Bean
    PhotoRules photoRules(WorkOrderProperties properties) {
        return properties.photoRules();
    }

    @Bean
    QuoteRules quoteRules(WorkOrderProperties properties) {
        return properties.quoteRules();
    }
}
