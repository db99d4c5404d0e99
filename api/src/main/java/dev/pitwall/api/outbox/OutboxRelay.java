package dev.pitwall.api.outbox;

import dev.pitwall.api.outbox.OutboxSender.Failure;
import dev.pitwall.api.outbox.OutboxSender.Report;
import dev.pitwall.engagement.delivery.Backoff;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Publishes {@code event_outbox} rows to Kafka, at least once, on one background thread. A round, in one database
 * transaction: claim the oldest due rows ({@code FOR UPDATE SKIP LOCKED}, so several API instances share the work),
 * drop those an earlier pending row of their key must precede, send the rest and wait for Kafka's acknowledgements
 * ({@link OutboxSender}), then mark the acknowledged rows published and give each failed one its attempt, error and
 * next attempt time ({@link Backoff}). A full batch is followed by the next round at once, anything else by
 * {@code poll-interval}.
 *
 * <p>A crash or a lost database connection between the acknowledgement and the commit leaves the rows pending, and
 * the next round sends them again: duplicates are possible, losses are not. With {@code pitwall.outbox.kafka-bootstrap}
 * empty the relay is off and rows wait.
 *
 * <p>It starts before the web server and stops after it (lifecycle phase), so requests that are still finishing
 * during a graceful shutdown have their rows sent; a round in progress completes before the producer closes.
 */
public class OutboxRelay implements SmartLifecycle {

    /** Below the web server's graceful-shutdown phase: started before it, stopped after it. */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxStore store;
    private final TransactionOperations transactions;
    private final OutboxProperties properties;
    private final Supplier<Producer<byte[], byte[]>> producers;
    private final OutboxMetrics metrics;
    private final Backoff backoff;

    private volatile boolean running;
    private ScheduledExecutorService executor;
    private Producer<byte[], byte[]> producer;
    private OutboxSender sender;

    OutboxRelay(OutboxStore store, TransactionOperations transactions, OutboxProperties properties,
            Supplier<Producer<byte[], byte[]>> producers, OutboxMetrics metrics) {
        this.store = store;
        this.transactions = transactions;
        this.properties = properties;
        this.producers = producers;
        this.metrics = metrics;
        this.backoff = new Backoff(properties.initialBackoff(), properties.maxBackoff());
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        if (!properties.relayEnabled()) {
            LOG.info("Outbox relay is off: pitwall.outbox.kafka-bootstrap is empty. Events for Kafka (service records, "
                    + "marketing consents) wait in event_outbox until an instance with it set runs.");
            return;
        }
        producer = producers.get();
        sender = new OutboxSender(producer, properties.sendTimeout());
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        executor.scheduleWithFixedDelay(this::drain, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Outbox relay publishing to Kafka at {} (every {}, up to {} rows a round)",
                properties.kafkaBootstrap(), properties.pollInterval(), properties.batchSize());
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        executor.shutdown();
        try {
            // a round waits at most send-timeout for Kafka, plus the database
            Duration grace = properties.sendTimeout().plusSeconds(10);
            if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Outbox relay round still running after {}; interrupting it (its rows are sent again later)",
                        grace);
                executor.shutdownNow();
                executor.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            producer.close(Duration.ofSeconds(5));
            LOG.info("Outbox relay stopped");
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** Rounds until one leaves nothing due; an error ends them until the next poll. */
    private void drain() {
        try {
            Round round;
            do {
                round = round();
            } while (running && round.claimed() == properties.batchSize() && round.published() > 0);
        } catch (RuntimeException e) {
            LOG.warn("Outbox relay round failed, nothing was marked; retrying in {}: {}", properties.pollInterval(),
                    e.toString());
        }
    }

    private Round round() {
        Claimed claimed = transactions.execute(status -> {
            List<OutboxRow> rows = store.claimDue(properties.batchSize());
            if (rows.isEmpty()) {
                return new Claimed(0, new Report(List.of(), List.of()));
            }
            List<OutboxRow> sendable = OutboxKeyOrder.sendable(rows, store.firstUnclaimed(rows));
            Report report = sender.send(sendable);
            store.markPublished(report.published().stream().map(OutboxRow::id).toList());
            for (Failure failure : report.failed()) {
                store.markFailed(failure.row().id(), failure.describe(),
                        backoff.after(failure.row().attempts() + 1));
            }
            return new Claimed(rows.size(), report);
        });
        // counted once committed: a round whose marks were lost sends its rows again and counts them then
        claimed.report().published().forEach(row -> metrics.published(row.topic()));
        claimed.report().failed().forEach(failure -> metrics.failed(failure.row().topic()));
        if (!claimed.report().failed().isEmpty()) {
            Failure first = claimed.report().failed().get(0);
            LOG.warn("Outbox relay: {} of {} sends failed and will be retried; first: row {} on {} (attempt {}): {}",
                    claimed.report().failed().size(),
                    claimed.report().failed().size() + claimed.report().published().size(), first.row().id(),
                    first.row().topic(), first.row().attempts() + 1, first.describe());
        }
        return new Round(claimed.count(), claimed.report().published().size());
    }

    private record Claimed(int count, Report report) {
    }

    private record Round(int claimed, int published) {
    }
}
