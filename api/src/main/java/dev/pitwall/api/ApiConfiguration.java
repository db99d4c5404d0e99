package dev.pitwall.api;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every feature of the API shares: its limits and the clock that "the last 24 hours" is measured by. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ApiProperties.class, PortalProperties.class})
public class ApiConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
