package dev.pitwall.api.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.api.outbox.OutboxWriter;
import dev.pitwall.api.security.Role;
import dev.pitwall.api.security.SignedIn;
import dev.pitwall.api.security.VehicleAccess;
import dev.pitwall.api.vehicle.VehicleNotFoundException;
import dev.pitwall.api.web.InvalidBodyException;
import dev.pitwall.core.consent.MarketingConsent;
import dev.pitwall.core.topic.Topic;
import dev.pitwall.core.topic.Topics;
import dev.pitwall.infra.TestDatabases;
import dev.pitwall.storage.SchemaMigrator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * V11's consent tables and the consent's outbox row, written by the real service in real transactions against a
 * PostgreSQL migrated by storage. Each test has its own VIN.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketingConsentRepositoryIT {

    static final Instant NOW = Instant.parse("2026-01-31T08:00:00Z");
    static final Instant CHANGED = Instant.parse("2026-01-30T15:45:00.123456Z");

    JdbcClient jdbc;
    TransactionTemplate transactions;
    MarketingConsentService service;

    @BeforeAll
    void createDatabase() {
        String url = TestDatabases.createDatabase();
        SchemaMigrator.migrate(url, null, null);
        DataSource dataSource = new DriverManagerDataSource(url);
        jdbc = JdbcClient.create(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        service = service(new OutboxWriter(jdbc));
    }

    @BeforeEach
    void signInAsOperator() {
        SignedIn.as("op", Role.OPERATOR);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void letsASubscriberStateOnlyTheirOwnConsentForTheirOwnVehicle() {
        String owned = "WVWZZZCDZLW200006";
        String others = "WVWZZZCDZLW200007";
        jdbc.sql("INSERT INTO subscriber (subscriber_id, display_name, email) VALUES ('sub-own', 'O', 'o@b.de')")
                .update();
        jdbc.sql("INSERT INTO subscription (subscription_id, subscriber_id, vin, plan, starts_on, ends_on, status) "
                + "VALUES (gen_random_uuid(), 'sub-own', :vin, 'basic', DATE '2026-01-01', CURRENT_DATE + 365, "
                + "'ACTIVE')").param("vin", owned).update();
        service.record(others, new MarketingConsentRequest("sub-else", true, CHANGED));
        SignedIn.as("sub-own", Role.SUBSCRIBER);

        var own = service.record(owned, new MarketingConsentRequest(null, true, CHANGED));

        assertThat(own.consent().subscriberId()).isEqualTo("sub-own");
        assertThat(jdbc.sql("SELECT recorded_by FROM marketing_consent_history WHERE vin = :vin").param("vin", owned)
                .query(String.class).list()).containsExactly("sub-own");
        assertThatThrownBy(() -> service.record(owned, new MarketingConsentRequest("sub-else", false, null)))
                .isInstanceOfSatisfying(InvalidBodyException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("subscriberId"));
        assertThatThrownBy(() -> service.record(others, new MarketingConsentRequest(null, false, null)))
                .isInstanceOf(VehicleNotFoundException.class);
        assertThat(service.current(others)).isEmpty();
        assertThat(service.current(owned)).isPresent();
        assertThat(historyCount(others)).isEqualTo(1);
    }

    @Test
    void storesTheCurrentConsentItsHistoryAndItsEventTogether() {
        String vin = "WVWZZZCDZLW200001";
        SignedIn.as("operator-7", Role.OPERATOR);

        MarketingConsentService.Outcome outcome = service.record(vin,
                new MarketingConsentRequest("sub-4711", true, CHANGED));

        assertThat(outcome.change()).isEqualTo(MarketingConsentService.Change.CREATED);
        assertThat(service.current(vin)).hasValueSatisfying(c -> {
            assertThat(c.granted()).isTrue();
            assertThat(c.changedAt()).isEqualTo(CHANGED);
            assertThat(c.recordedAt()).isNotNull();
        });
        assertThat(jdbc.sql("SELECT recorded_by FROM marketing_consent_history WHERE vin = :vin").param("vin", vin)
                .query(String.class).list()).containsExactly("operator-7");
        assertThat(events(vin)).containsExactly(new MarketingConsent(vin, "sub-4711", true, CHANGED));
    }

    @Test
    void recordsEachChangeOnceAndNothingForARepeat() {
        String vin = "WVWZZZCDZLW200002";
        service.record(vin, new MarketingConsentRequest("sub-1", true, CHANGED));

        var repeat = service.record(vin, new MarketingConsentRequest("sub-1", true, CHANGED));
        var withdrawn = service.record(vin, new MarketingConsentRequest("sub-1", false, null));
        var again = service.record(vin, new MarketingConsentRequest("sub-1", false, null));

        assertThat(repeat.change()).isEqualTo(MarketingConsentService.Change.UNCHANGED);
        assertThat(withdrawn.change()).isEqualTo(MarketingConsentService.Change.CHANGED);
        assertThat(again.change()).isEqualTo(MarketingConsentService.Change.UNCHANGED);
        assertThat(historyCount(vin)).isEqualTo(2);
        assertThat(events(vin)).containsExactly(new MarketingConsent(vin, "sub-1", true, CHANGED),
                new MarketingConsent(vin, "sub-1", false, NOW));
        assertThat(service.current(vin).orElseThrow().granted()).isFalse();
    }

    @Test
    void refusesAnOlderChangeAndStoresNothingOfIt() {
        String vin = "WVWZZZCDZLW200003";
        service.record(vin, new MarketingConsentRequest("sub-1", true, CHANGED));

        assertThatThrownBy(() -> service.record(vin,
                new MarketingConsentRequest("sub-1", false, CHANGED.minusSeconds(60))))
                .isInstanceOf(ConsentConflictException.class);
        assertThatThrownBy(() -> service.record(vin, new MarketingConsentRequest("sub-2", true, CHANGED)))
                .isInstanceOf(ConsentConflictException.class).hasMessageContaining("same instant");

        assertThat(historyCount(vin)).isEqualTo(1);
        assertThat(events(vin)).hasSize(1);
        assertThat(service.current(vin).orElseThrow().granted()).isTrue();
    }

    @Test
    void storesNothingWhenTheEventCannotBeQueued() {
        String vin = "WVWZZZCDZLW200004";
        MarketingConsentService failingOutbox = service(new OutboxWriter(jdbc) {
            @Override
            public <V> long append(Topic<String, V> topic, String key, V value) {
                throw new IllegalStateException("outbox unavailable");
            }
        });

        assertThatThrownBy(() -> failingOutbox.record(vin, new MarketingConsentRequest("sub-1", true, CHANGED)))
                .hasMessageContaining("outbox unavailable");

        assertThat(service.current(vin)).isEmpty();
        assertThat(historyCount(vin)).isZero();
    }

    @Test
    void theHistoryIsAppendOnly() {
        String vin = "WVWZZZCDZLW200005";
        service.record(vin, new MarketingConsentRequest("sub-1", true, CHANGED));

        assertThatThrownBy(() -> jdbc.sql("UPDATE marketing_consent_history SET granted = false WHERE vin = :vin")
                .param("vin", vin).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM marketing_consent_history WHERE vin = :vin")
                .param("vin", vin).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(historyCount(vin)).isEqualTo(1);
    }

    private MarketingConsentService service(OutboxWriter outbox) {
        return new MarketingConsentService(new JdbcMarketingConsentRepository(jdbc, outbox), new VehicleAccess(jdbc),
                transactions,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private long historyCount(String vin) {
        return jdbc.sql("SELECT count(*) FROM marketing_consent_history WHERE vin = :vin").param("vin", vin)
                .query(Long.class).single();
    }

    /** The vehicle's queued events in the order the relay will send them. */
    private List<MarketingConsent> events(String vin) {
        return jdbc.sql("SELECT payload FROM event_outbox WHERE topic = :topic AND record_key = :vin ORDER BY id")
                .param("topic", Topics.MARKETING_CONSENTS.name()).param("vin", vin)
                .query((rs, n) -> Topics.MARKETING_CONSENTS.valueFormat().decode(rs.getBytes(1)))
                .list();
    }
}
