package dev.pitwall.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed set of worker threads, each with its own queue; tasks with the same key always run on the same
 * worker, in submission order. This keeps one vehicle's messages in order on their way to Kafka while
 * taking validation off the MQTT client's callback thread.
 */
final class OrderedLanes {

    private static final Logger log = LoggerFactory.getLogger(OrderedLanes.class);
    private static final Runnable STOP = () -> { };

    private final List<BlockingQueue<Runnable>> queues;
    private final List<Thread> workers;

    /**
     * @param capacity per-lane queue size; normally never reached because the broker sends at most
     *                 Receive Maximum unacknowledged messages, but it bounds memory if QoS 0 floods in
     */
    OrderedLanes(String name, int lanes, int capacity) {
        queues = new ArrayList<>(lanes);
        workers = new ArrayList<>(lanes);
        for (int i = 0; i < lanes; i++) {
            BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(capacity);
            Thread worker = new Thread(() -> drain(queue), name + "-" + i);
            worker.setDaemon(true);
            queues.add(queue);
            workers.add(worker);
            worker.start();
        }
    }

    /** Queues {@code task} on the lane of {@code key}; blocks only when that lane is full. */
    void execute(String key, Runnable task) {
        BlockingQueue<Runnable> queue = queues.get(Math.floorMod(key.hashCode(), queues.size()));
        try {
            queue.put(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while queueing work for " + key, e);
        }
    }

    /** Runs what is queued, then stops the workers. True if they finished within {@code timeout}. */
    boolean shutdown(Duration timeout) {
        for (BlockingQueue<Runnable> queue : queues) {
            try {
                queue.put(STOP);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Thread worker : workers) {
            try {
                long left = deadline - System.nanoTime();
                if (left > 0) {
                    TimeUnit.NANOSECONDS.timedJoin(worker, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return workers.stream().noneMatch(Thread::isAlive);
    }

    private static void drain(BlockingQueue<Runnable> queue) {
        while (true) {
            Runnable task;
            try {
                task = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (task == STOP) {
                return;
            }
            try {
                task.run();
            } catch (RuntimeException e) {
                // a worker must survive any one message; the task settles its own message
                log.error("unexpected error in ingest worker", e);
            }
        }
    }
}
