package dev.pitwall.api.notification;

import dev.pitwall.api.notification.NotificationMetrics.Outcome;
import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.ChannelPreferences;
import dev.pitwall.engagement.delivery.ConsentPolicy;
import dev.pitwall.engagement.delivery.RetryPolicy;
import dev.pitwall.engagement.delivery.RetryPolicy.Next;
import dev.pitwall.engagement.delivery.SendResult;
import dev.pitwall.engagement.delivery.SuppressionReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Sends PENDING e-mail and webhook messages, at least once, on one background thread. A round: in one short
 * transaction, claim the due messages of the enabled channels ({@code FOR UPDATE SKIP LOCKED}, so several API
 * instances share the work), check each against the subscriber's consent and address as they are now (suppressing
 * those that no longer may go), and lease the rest for {@code claim-lease}; commit. Then send them,
 * {@code send-concurrency} at a time, outside any transaction (no database lock waits for a slow webhook), and store
 * each outcome with {@link RetryPolicy}: SENT, a retry after a backoff, or FAILED.
 *
 * <p>A crash between a send and its outcome leaves the message PENDING, and it is sent again once its lease ran out:
 * duplicates are possible (receivers drop them by message id), losses are not. E-mail is a channel only when
 * {@code spring.mail.host} is set; otherwise e-mail messages wait.
 */
public class NotificationDispatcher implements SmartLifecycle {

    /** Started before the web server and stopped after it, as the outbox relay. */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final NotificationStore store;
    private final PreferenceRepository preferences;
    private final TransactionOperations transactions;
    private final NotificationProperties properties;
    private final Map<Channel, DeliveryChannel> channels = new EnumMap<>(Channel.class);
    private final RetryPolicy retryPolicy;
    private final NotificationMetrics metrics;

    private volatile boolean running;
    private ScheduledExecutorService rounds;
    private ExecutorService senders;

    NotificationDispatcher(NotificationStore store, PreferenceRepository preferences,
            TransactionOperations transactions, NotificationProperties properties, List<DeliveryChannel> channels,
            RetryPolicy retryPolicy, NotificationMetrics metrics) {
        this.store = store;
        this.preferences = preferences;
        this.transactions = transactions;
        this.properties = properties;
        channels.forEach(c -> this.channels.put(c.channel(), c));
        this.retryPolicy = retryPolicy;
        this.metrics = metrics;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        if (!channels.containsKey(Channel.EMAIL)) {
            LOG.info("E-mail notifications are off: spring.mail.host is unset. E-mail messages wait, PENDING, until an "
                    + "instance with it set runs.");
        }
        AtomicInteger senderCount = new AtomicInteger();
        senders = Executors.newFixedThreadPool(properties.sendConcurrency(),
                r -> daemon(r, "notification-sender-" + senderCount.incrementAndGet()));
        rounds = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "notification-dispatcher"));
        running = true;
        rounds.scheduleWithFixedDelay(this::drain, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Notification dispatcher sending {} (every {}, up to {} messages a round, {} at a time)",
                channels.keySet(), properties.pollInterval(), properties.batchSize(), properties.sendConcurrency());
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        rounds.shutdown();
        try {
            // a round's sends take at most the webhook timeout (SMTP has its own, spring.mail.properties)
            Duration grace = properties.webhook().timeout().plusSeconds(10);
            if (!rounds.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Notification round still running after {}; interrupting it (its messages are sent again "
                        + "once their lease ran out)", grace);
                rounds.shutdownNow();
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            rounds.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            senders.shutdownNow();
            LOG.info("Notification dispatcher stopped");
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
            int claimed;
            do {
                claimed = round();
            } while (running && claimed == properties.batchSize());
        } catch (RuntimeException e) {
            LOG.warn("Notification round failed; retrying in {}", properties.pollInterval(), e);
        }
    }

    /** @return how many messages were claimed */
    int round() {
        Claimed claimed = transactions.execute(status -> claim());
        claimed.suppressed().forEach(d -> metrics.delivery(d.channel(), Outcome.SUPPRESSED));
        List<Future<SendResult>> results = new ArrayList<>();
        for (Delivery delivery : claimed.toSend()) {
            results.add(senders.submit(() -> sendSafely(delivery)));
        }
        for (int i = 0; i < results.size(); i++) {
            record(claimed.toSend().get(i), await(results.get(i)));
        }
        return claimed.count();
    }

    private Claimed claim() {
        List<Delivery> due = store.claimDue(channels.keySet(), properties.batchSize());
        Map<String, ChannelPreferences> choices = preferences.findAll(
                due.stream().map(Delivery::subscriberId).distinct().toList());
        List<Delivery> toSend = new ArrayList<>();
        List<Delivery> suppressed = new ArrayList<>();
        for (Delivery delivery : due) {
            // consent is checked again now: it may have been withdrawn since the message was enqueued
            Optional<SuppressionReason> reason = ConsentPolicy.suppression(
                    choices.getOrDefault(delivery.subscriberId(), ChannelPreferences.none()), delivery.purpose(),
                    delivery.channel(), delivery.reachable());
            if (reason.isPresent()) {
                store.markSuppressed(delivery.notificationId(), reason.get());
                suppressed.add(delivery);
            } else {
                toSend.add(delivery);
            }
        }
        store.lease(toSend.stream().map(Delivery::notificationId).toList(), properties.claimLease());
        return new Claimed(due.size(), toSend, suppressed);
    }

    private SendResult sendSafely(Delivery delivery) {
        try {
            return channels.get(delivery.channel()).send(delivery);
        } catch (RuntimeException e) {
            LOG.warn("Sending {} failed unexpectedly", delivery, e);
            return new SendResult.TransientFailure(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static SendResult await(Future<SendResult> result) {
        try {
            return result.get();
        } catch (ExecutionException e) {
            return new SendResult.TransientFailure(String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendResult.TransientFailure("interrupted while sending (the dispatcher is stopping)");
        }
    }

    private void record(Delivery delivery, SendResult result) {
        int attempt = delivery.attempts() + 1;
        Next next = retryPolicy.next(attempt, result);
        UUID id = delivery.notificationId();
        if (next instanceof Next.Sent) {
            store.markSent(id);
            metrics.delivery(delivery.channel(), Outcome.SENT);
        } else if (next instanceof Next.Retry retry) {
            store.markRetry(id, retry.error(), retry.after());
            metrics.delivery(delivery.channel(), Outcome.RETRIED);
            LOG.info("{} attempt {} failed, retrying in {}: {}", delivery, attempt, retry.after(), retry.error());
        } else if (next instanceof Next.GiveUp giveUp) {
            store.markFailed(id, giveUp.error());
            metrics.delivery(delivery.channel(), Outcome.FAILED);
            LOG.warn("{} failed for good after {} attempt(s): {}", delivery, attempt, giveUp.error());
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    private record Claimed(int count, List<Delivery> toSend, List<Delivery> suppressed) {
    }
}
