package dev.pitwall.api.booking;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/** Requests released at one moment from a thread pool, for the tests that race for the last slot or car. */
public final class ConcurrentRequests {

    private ConcurrentRequests() {
    }

    /**
     * Starts every request on its own thread of {@code pool} (which needs as many threads), lets them all wait on
     * one latch, releases it, and returns the answers in the requests' order.
     */
    public static <T> List<T> releaseTogether(List<Supplier<T>> requests, ExecutorService pool)
            throws InterruptedException, ExecutionException {
        CountDownLatch ready = new CountDownLatch(requests.size());
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<T>> answers = new ArrayList<>();
        for (Supplier<T> request : requests) {
            answers.add(CompletableFuture.supplyAsync(() -> {
                ready.countDown();
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                return request.get();
            }, pool));
        }
        ready.await();
        start.countDown();
        List<T> responses = new ArrayList<>();
        for (CompletableFuture<T> answer : answers) {
            responses.add(answer.get());
        }
        return responses;
    }
}
