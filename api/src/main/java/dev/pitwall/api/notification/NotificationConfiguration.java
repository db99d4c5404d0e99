package dev.pitwall.api.notification;

import dev.pitwall.engagement.delivery.Backoff;
import dev.pitwall.engagement.delivery.RetryPolicy;
import dev.pitwall.engagement.delivery.TemplateCatalog;
import dev.pitwall.engagement.delivery.TemplateRenderer;
import dev.pitwall.engagement.delivery.UnsubscribeTokens;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notifications: the {@link Notifications} entry point, the {@link NotificationDispatcher} with its channels, and
 * what both share. E-mail is a channel only when Spring Boot configured a {@link JavaMailSender}
 * ({@code spring.mail.host} set).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationConfiguration.class);

    @Bean
    NotificationStore notificationStore(JdbcClient jdbc) {
        return new NotificationStore(jdbc);
    }

    @Bean
    NotificationQueries notificationQueries(JdbcClient jdbc) {
        return new NotificationQueries(jdbc);
    }

    @Bean
    PreferenceRepository notificationPreferenceRepository(JdbcClient jdbc) {
        return new PreferenceRepository(jdbc);
    }

    @Bean
    WebhookEndpointRepository webhookEndpointRepository(JdbcClient jdbc) {
        return new WebhookEndpointRepository(jdbc);
    }

    @Bean
    SubscriberDirectory notificationSubscriberDirectory(JdbcClient jdbc) {
        return new SubscriberDirectory(jdbc);
    }

    @Bean
    TemplateCatalog notificationTemplates() {
        return new ClasspathTemplateCatalog(NotificationConfiguration.class.getClassLoader());
    }

    @Bean
    NotificationMetrics notificationMetrics(MeterRegistry registry, NotificationStore store) {
        return new NotificationMetrics(registry, store);
    }

    @Bean
    UnsubscribeTokens unsubscribeTokens(NotificationProperties properties, Clock clock,
            ObjectProvider<JavaMailSender> mail) {
        NotificationProperties.Unsubscribe unsubscribe = properties.unsubscribe();
        String secret = unsubscribe.secret();
        if (!unsubscribe.hasSecret()) {
            if (mail.getIfAvailable() != null) {
                throw new IllegalStateException("pitwall.notifications.unsubscribe.secret is empty, but e-mail is on "
                        + "(spring.mail.host): set it to a random string of at least "
                        + UnsubscribeTokens.MIN_SECRET_BYTES + " bytes, so that unsubscribe links keep working after a "
                        + "restart.");
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            secret = Base64.getEncoder().encodeToString(random);
            LOG.info("pitwall.notifications.unsubscribe.secret is empty and e-mail is off: unsubscribe tokens use a "
                    + "random key that lives until this instance stops.");
        }
        return new UnsubscribeTokens(secret, clock, unsubscribe.maxAge());
    }

    @Bean
    UnsubscribeLinks unsubscribeLinks(UnsubscribeTokens tokens, NotificationProperties properties) {
        return new UnsubscribeLinks(tokens, properties.publicBaseUrl());
    }

    @Bean
    Notifications notifications(SubscriberDirectory subscribers, PreferenceRepository preferences,
            WebhookEndpointRepository webhooks, NotificationStore store, TemplateCatalog templates,
            NotificationMetrics metrics, NotificationProperties properties) {
        return new Notifications(subscribers, preferences, webhooks, store, templates, new TemplateRenderer(),
                metrics, new ClickLinks(properties.publicBaseUrl()));
    }

    @Bean
    NotificationDispatcher notificationDispatcher(NotificationStore store, PreferenceRepository preferences,
            PlatformTransactionManager transactionManager, NotificationProperties properties,
            ObjectProvider<JavaMailSender> mail, UnsubscribeLinks links, JsonMapper json, Clock clock,
            NotificationMetrics metrics) {
        List<DeliveryChannel> channels = new ArrayList<>();
        channels.add(new WebhookChannel(WebhookChannel.httpClient(properties.webhook().connectTimeout()), json, clock,
                properties.webhook().timeout()));
        JavaMailSender sender = mail.getIfAvailable();
        if (sender != null) {
            channels.add(new EmailChannel(sender, properties.email().from(), links));
        }
        RetryPolicy retryPolicy = new RetryPolicy(new Backoff(properties.initialBackoff(), properties.maxBackoff()),
                properties.maxAttempts());
        return new NotificationDispatcher(store, preferences, new TransactionTemplate(transactionManager), properties,
                channels, retryPolicy, metrics);
    }
}
