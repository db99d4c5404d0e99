package dev.pitwall.api.lead;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds and validates the lead endpoints' limits at start-up, so that a bad value stops the API. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LeadProperties.class)
class LeadConfiguration {
}
