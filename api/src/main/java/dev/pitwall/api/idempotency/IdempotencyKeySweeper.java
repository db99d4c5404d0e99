package dev.pitwall.api.idempotency;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Forgets Idempotency-Keys older than {@code pitwall.idempotency.retention} (24 h, as payment APIs do), in batches,
 * every {@code sweep-interval}. Without it {@code idempotent_request} keeps every response body forever. Several API
 * instances may sweep at once: each batch deletes what is still there. Counts {@code pitwall.idempotency.keys.expired}.
 */
public class IdempotencyKeySweeper {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeySweeper.class);

    private final IdempotentRequestRepository repository;
    private final IdempotencyProperties properties;
    private final Clock clock;
    private final Counter expired;

    IdempotencyKeySweeper(IdempotentRequestRepository repository, IdempotencyProperties properties, Clock clock,
            MeterRegistry meters) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
        this.expired = meters.counter("pitwall.idempotency.keys.expired");
    }

    /** Deletes every key created before now minus the retention; returns how many. */
    public long sweep() {
        Instant cutoff = clock.instant().minus(properties.retention());
        long total = 0;
        int deleted;
        do {
            deleted = repository.deleteCreatedBefore(cutoff, properties.batchSize());
            total += deleted;
            expired.increment(deleted);
        } while (deleted == properties.batchSize());
        return total;
    }

    @Scheduled(initialDelayString = "${pitwall.idempotency.sweep-interval}",
            fixedDelayString = "${pitwall.idempotency.sweep-interval}")
    void sweepOnSchedule() {
        try {
            long deleted = sweep();
            if (deleted > 0) {
                LOG.info("forgot {} Idempotency-Keys older than {}", deleted, properties.retention());
            }
        } catch (RuntimeException e) {
            // the next round tries again; a batch is one statement, so nothing is half-deleted
            LOG.warn("Idempotency-Key sweep failed, retrying next round: {}", e.toString());
        }
    }
}
