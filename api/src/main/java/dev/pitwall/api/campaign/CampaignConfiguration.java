package dev.pitwall.api.campaign;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionOperations;

/** Campaign settings and the scheduled rounds that run active campaigns. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CampaignProperties.class)
@EnableScheduling
class CampaignConfiguration {

    @Bean
    CampaignRunner campaignRunner(CampaignRepository repository, CampaignMessenger messenger,
            TransactionOperations transactions, CampaignProperties properties, Clock clock) {
        return new CampaignRunner(repository, messenger, transactions, properties, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "pitwall.campaigns.enabled", havingValue = "true", matchIfMissing = true)
    ScheduledRounds campaignRounds(ObjectProvider<CampaignRunner> runner) {
        return new ScheduledRounds(runner.getObject());
    }

    /** Runs a round every poll interval; a failed round is logged and the next one tries again. */
    static class ScheduledRounds {

        private static final Logger LOG = LoggerFactory.getLogger(ScheduledRounds.class);

        private final CampaignRunner runner;

        ScheduledRounds(CampaignRunner runner) {
            this.runner = runner;
        }

        @Scheduled(initialDelayString = "${pitwall.campaigns.poll-interval}",
                fixedDelayString = "${pitwall.campaigns.poll-interval}")
        void round() {
            try {
                CampaignRunner.Round round = runner.runOnce();
                if (round.joined() + round.sent() + round.capped() + round.suppressed() > 0) {
                    LOG.info("campaigns: {}", round);
                }
            } catch (RuntimeException e) {
                LOG.warn("campaign round failed, retrying next round: {}", e.toString());
            }
        }
    }
}
