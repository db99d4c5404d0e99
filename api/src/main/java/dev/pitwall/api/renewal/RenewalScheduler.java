package dev.pitwall.api.renewal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Plans renewal offers for today on a fixed delay. Several API instances may run it at once: offers are keyed by
 * (product, end, stage), so they find each other's rows instead of duplicating them.
 */
class RenewalScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(RenewalScheduler.class);

    private final RenewalService service;
    private final Clock clock;

    RenewalScheduler(RenewalService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${pitwall.renewals.initial-delay:30s}",
            fixedDelayString = "${pitwall.renewals.check-interval}")
    void planToday() {
        try {
            RenewalService.Round round = service.plan(service.today(clock));
            if (round.changed()) {
                LOG.info("renewal offers: {}", round);
            }
        } catch (RuntimeException e) {
            // the next round tries again; nothing is half-done because every round is one transaction per product
            LOG.warn("renewal planning failed, retrying next round: {}", e.toString());
        }
    }
}
