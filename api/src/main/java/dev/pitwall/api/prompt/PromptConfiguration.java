package dev.pitwall.api.prompt;

import dev.pitwall.api.PortalProperties;
import dev.pitwall.api.lead.LeadProgress;
import dev.pitwall.api.notification.Notifications;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionOperations;

/** Prompt settings and the scheduled rounds that plan and send prompts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PromptProperties.class)
@EnableScheduling
class PromptConfiguration {

    @Bean
    PromptRunner promptRunner(PromptRepository repository, Notifications notifications, LeadProgress leads,
            TransactionOperations transactions, PromptProperties properties, PortalProperties portal, Clock clock) {
        return new PromptRunner(repository, notifications, leads, transactions, properties, portal, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "pitwall.prompts.enabled", havingValue = "true", matchIfMissing = true)
    ScheduledPrompts scheduledPrompts(PromptRunner runner) {
        return new ScheduledPrompts(runner);
    }

    /** Runs a round every poll interval; a failed round is logged and the next one tries again. */
    static class ScheduledPrompts {

        private static final Logger LOG = LoggerFactory.getLogger(ScheduledPrompts.class);

        private final PromptRunner runner;

        ScheduledPrompts(PromptRunner runner) {
            this.runner = runner;
        }

        @Scheduled(initialDelayString = "${pitwall.prompts.poll-interval}",
                fixedDelayString = "${pitwall.prompts.poll-interval}")
        void round() {
            try {
                PromptRunner.Round round = runner.runOnce();
                if (round.planned() + round.prompted() + round.skipped() > 0) {
                    LOG.info("service prompts: {}", round);
                }
            } catch (RuntimeException e) {
                LOG.warn("service prompt round failed, retrying next round: {}", e.toString());
            }
        }
    }
}
