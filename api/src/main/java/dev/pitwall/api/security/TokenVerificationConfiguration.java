package dev.pitwall.api.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Chooses how tokens are verified. In production Spring Boot builds the {@link JwtDecoder} from
 * {@code spring.security.oauth2.resourceserver.jwt.*}; in development this class supplies one that checks
 * the shared secret, and exposes {@link DevelopmentTokens} so the local stack can mint tokens.
 */
@Configuration(proxyBeanMethods = false)
public class TokenVerificationConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(TokenVerificationConfiguration.class);

    /** Runs before any bean is created, so a misconfigured API fails before it touches the database. */
    @Bean
    static BeanFactoryPostProcessor tokenVerificationModeCheck(Environment environment) {
        return beanFactory -> TokenVerificationMode.from(environment);
    }

    @Bean
    TokenVerificationMode tokenVerificationMode(Environment environment) {
        TokenVerificationMode mode = TokenVerificationMode.from(environment);
        if (mode == TokenVerificationMode.DEVELOPMENT) {
            LOG.warn("Accepting development tokens signed with {} (issuer {}): never do this in production",
                    TokenVerificationMode.DEV_SECRET_PROPERTY, DevelopmentTokens.ISSUER);
        }
        return mode;
    }

    @Bean
    @ConditionalOnProperty(TokenVerificationMode.DEV_SECRET_PROPERTY)
    DevelopmentTokens developmentTokens(Environment environment) {
        return new DevelopmentTokens(environment.getProperty(TokenVerificationMode.DEV_SECRET_PROPERTY));
    }

    @Bean
    @ConditionalOnProperty(TokenVerificationMode.DEV_SECRET_PROPERTY)
    JwtDecoder developmentJwtDecoder(DevelopmentTokens tokens) {
        return tokens.decoder();
    }
}
