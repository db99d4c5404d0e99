package dev.pitwall.api.web;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Bucket4j token bucket per client key, at most {@link RateLimitProperties#maxClients()} of them: the least recently
 * seen client's bucket is dropped first. Dropping a bucket only forgives that client's debt, which is why a plain
 * bounded map is enough here.
 */
public final class RateLimiter {

    private final RateLimitProperties limits;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets;

    public RateLimiter(RateLimitProperties limits) {
        this(limits, TimeMeter.SYSTEM_NANOTIME);
    }

    RateLimiter(RateLimitProperties limits, TimeMeter time) {
        this.limits = limits;
        this.time = time;
        int maxClients = limits.maxClients();
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxClients;
            }
        };
    }

    /** Takes one request from {@code client}'s bucket, or says how long until it holds one again. */
    public Decision tryAcquire(String client) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(client, c -> newBucket());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed()
                ? new Decision(true, probe.getRemainingTokens(), Duration.ZERO)
                : new Decision(false, 0, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    public RateLimitProperties limits() {
        return limits;
    }

    int clients() {
        synchronized (buckets) {
            return buckets.size();
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(limits.capacity())
                        .refillGreedy(limits.refillTokens(), limits.refillPeriod()))
                .withCustomTimePrecision(time)
                .build();
    }

    /** Whether a request may proceed, how many more may follow at once, and otherwise how long to wait. */
    public record Decision(boolean allowed, long remaining, Duration retryAfter) {

        /** Whole seconds for {@code Retry-After}, rounded up: a client that waits that long gets through. */
        public long retryAfterSeconds() {
            long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
            return Math.max(1, seconds);
        }
    }
}
