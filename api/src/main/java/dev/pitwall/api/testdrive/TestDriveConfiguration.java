package dev.pitwall.api.testdrive;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code pitwall.test-drives.*} at start-up; a bad value stops the API. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TestDriveProperties.class)
class TestDriveConfiguration {
}
