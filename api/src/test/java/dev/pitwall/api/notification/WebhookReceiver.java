package dev.pitwall.api.notification;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A webhook endpoint on a free loopback port (the JDK's HTTP server): answers each request with the next scripted
 * status (the last one once the script is used up) and keeps every request it received.
 */
final class WebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final Queue<Integer> script = new ConcurrentLinkedQueue<>();
    private volatile int last = 200;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private WebhookReceiver(List<Integer> statuses) throws IOException {
        script.addAll(statuses);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestHeaders(), body));
            Integer next = script.poll();
            int status = next != null ? next : last;
            last = status;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** A receiver answering {@code statuses} in turn. */
    static WebhookReceiver answering(Integer... statuses) throws IOException {
        return new WebhookReceiver(List.of(statuses));
    }

    /** The URL of a receiver that was stopped at once: connecting to it is refused. */
    static String deadUrl() throws IOException {
        try (WebhookReceiver dead = answering(200)) {
            return dead.url();
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A request as it arrived. */
    record Received(String method, Headers headers, byte[] body) {

        String header(String name) {
            return headers.getFirst(name);
        }
    }
}
