package dev.pitwall.api.booking;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Subscribers with one vehicle each, written to V12's tables as the subscription service would. */
public final class Subscribers {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final JdbcClient jdbc;

    public Subscribers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A subscriber and the vehicle of their ACTIVE subscription. */
    public record Subscriber(String subject, String vin) {
    }

    public Subscriber subscribe() {
        int n = NEXT.incrementAndGet();
        Subscriber subscriber = new Subscriber("sub-" + n, vin(n));
        jdbc.sql("INSERT INTO subscriber (subscriber_id, display_name, email) VALUES (:id, :name, :email)")
                .param("id", subscriber.subject())
                .param("name", "Subscriber " + n)
                .param("email", "sub" + n + "@example.com")
                .update();
        jdbc.sql("""
                        INSERT INTO subscription (subscription_id, subscriber_id, vin, plan, starts_on, ends_on, status)
                        VALUES (:id, :subscriber, :vin, 'FLEX', :starts, :ends, 'ACTIVE')""")
                .param("id", UUID.randomUUID())
                .param("subscriber", subscriber.subject())
                .param("vin", subscriber.vin())
                .param("starts", LocalDate.parse("2026-01-01"))
                .param("ends", LocalDate.parse("2026-12-31"))
                .update();
        return subscriber;
    }

    /** A well-formed VIN nobody subscribes. */
    static String unsubscribedVin() {
        return vin(900_000 + NEXT.incrementAndGet());
    }

    private static String vin(int n) {
        return String.format("WVWZZZCDZLW%06d", n);
    }
}
