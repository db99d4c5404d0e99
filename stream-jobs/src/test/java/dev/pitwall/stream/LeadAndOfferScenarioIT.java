package dev.pitwall.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitwall.core.consent.MarketingConsent;
import dev.pitwall.core.dtc.DtcCatalog;
import dev.pitwall.core.lead.LeadEvent;
import dev.pitwall.core.lead.LeadMemory;
import dev.pitwall.core.lead.LeadPriority;
import dev.pitwall.core.lead.LeadReason;
import dev.pitwall.core.lead.LeadTracker;
import dev.pitwall.core.lead.ServiceLead;
import dev.pitwall.core.offer.Offer;
import dev.pitwall.core.offer.OfferKind;
import dev.pitwall.core.poi.PoiCatalog;
import dev.pitwall.core.servicebook.ServiceSchedules;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.simulator.scenario.Scenario;
import dev.pitwall.simulator.scenario.ScenarioFile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.InMemoryReporter;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 4's acceptance scenarios for leads and offers, from the simulator's scenario files, on a MiniCluster
 * (parallelism 2) with the whole pipeline: a vehicle crossing its oil interval raises exactly one lead; low fuel
 * near a partner station raises one offer, none without consent and none in quiet hours; the same input replayed,
 * with watermarks every 200 ms or after every message, gives identical leads and offers, and the PostgreSQL sinks
 * write them once.
 */
class LeadAndOfferScenarioIT {

    static final InMemoryReporter METRICS = InMemoryReporter.createWithRetainedMetrics();

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setConfiguration(METRICS.addToConfiguration(new Configuration()))
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(PipelineRun.PARALLELISM)
            .build());

    static final Scenario OIL = ScenarioFile.readResource("/scenarios/oil-service-due.json");
    static final Scenario FUEL = ScenarioFile.readResource("/scenarios/low-fuel-near-partner-station.json");
    static final String FUEL_VIN = "WVWZZZCDZNW000002";

    @Test
    void aVehicleCrossingItsOilIntervalRaisesExactlyOneLeadAndItsReplayIsIdentical() throws Exception {
        PipelineTables db = PipelineTables.createMigrated();
        PipelineSettings settings = settings(db, "21:00-08:00");

        Run first = run(OIL.telemetry(), List.of(), settings, false, true);
        List<JsonNode> leadRows = db.serviceLeads();
        Run replay = run(OIL.telemetry(), List.of(), settings, true, true);

        assertThat(first.leads).extracting(ServiceLead::reason, ServiceLead::subject, ServiceLead::event,
                ServiceLead::priority, ServiceLead::at).containsExactly(
                tuple(LeadReason.SERVICE_DUE, "OIL_SERVICE", LeadEvent.OPENED, LeadPriority.MEDIUM,
                        Instant.parse("2026-01-20T06:03:48Z")),
                tuple(LeadReason.SERVICE_DUE, "OIL_SERVICE", LeadEvent.ESCALATED, LeadPriority.HIGH,
                        Instant.parse("2026-01-21T22:00:28Z")));
        assertThat(first.leads).extracting(ServiceLead::leadId).containsOnly(first.leads.get(0).leadId());
        assertThat(first.leads.get(0).workshops()).as("the nearest workshops doing oil services").isNotEmpty();
        assertThat(first.leads).isEqualTo(expectedLeads(OIL.telemetry(), settings));
        assertThat(first.leadsOpened).isEqualTo(1);
        assertThat(replay.leads).as("the same input replayed").isEqualTo(first.leads);

        assertThat(leadRows).singleElement().satisfies(row -> {
            assertThat(row.get("lead_id").asText()).isEqualTo(first.leads.get(0).leadId());
            assertThat(row.get("status").asText()).isEqualTo("OPEN");
            assertThat(row.get("priority").asText()).isEqualTo("HIGH");
        });
        assertThat(db.serviceLeads()).as("the replay wrote nothing new").isEqualTo(leadRows);
        assertThat(db.serviceLeadEvents()).hasSize(2);
    }

    @Test
    void lowFuelNearAPartnerStationRaisesOneOfferOnlyWithConsentAndOutsideQuietHours() throws Exception {
        PipelineTables db = PipelineTables.createMigrated();
        PipelineSettings settings = settings(db, "21:00-08:00");
        List<VehicleDirective> consent = List.of(VehicleDirective.of(new MarketingConsent(FUEL_VIN, "subscriber-2",
                true, FUEL.start().minus(Duration.ofDays(1)))));

        Run withConsent = run(FUEL.telemetry(), consent, settings, false, true);
        List<JsonNode> offerRows = db.rows("SELECT to_jsonb(o) FROM offer o ORDER BY offer_id");
        Run replay = run(FUEL.telemetry(), consent, settings, true, true);
        Run withoutConsent = run(FUEL.telemetry(), List.of(), settings, false, false);
        Run withdrawn = run(FUEL.telemetry(), List.of(consent.get(0), VehicleDirective.of(new MarketingConsent(
                FUEL_VIN, "subscriber-2", false, FUEL.start()))), settings, false, false);
        Run quiet = run(FUEL.telemetry(), consent, settings(db, "08:00-09:00"), false, false);

        assertThat(withConsent.offers).singleElement().satisfies(offer -> {
            assertThat(offer.kind()).isEqualTo(OfferKind.FUEL);
            assertThat(offer.poiId()).isEqualTo("fs-008");
            assertThat(offer.subscriberId()).isEqualTo("subscriber-2");
            assertThat(offer.createdAt()).isEqualTo(Instant.parse("2026-01-06T07:37:30Z"));
            assertThat(offer.expiresAt()).isAfter(offer.createdAt());
        });
        assertThat(withConsent.offersSent).isEqualTo(1);
        assertThat(replay.offers).as("the same input replayed").isEqualTo(withConsent.offers);
        assertThat(withoutConsent.offers).as("no consent, no offer").isEmpty();
        assertThat(withoutConsent.offersSuppressed).isEqualTo(1);
        assertThat(withdrawn.offers).as("consent withdrawn before the drive").isEmpty();
        assertThat(quiet.offers).as("08:37 in Munich is in quiet hours 08:00-09:00").isEmpty();
        assertThat(quiet.offersSuppressed).isEqualTo(1);

        assertThat(offerRows).singleElement().satisfies(row ->
                assertThat(row.get("offer_id").asText()).isEqualTo(withConsent.offers.get(0).offerId()));
        assertThat(db.rows("SELECT to_jsonb(o) FROM offer o ORDER BY offer_id")).as("replays wrote nothing new")
                .isEqualTo(offerRows);
    }

    /**
     * The campaign cap (one fuel offer per vehicle per 7 days): the same drive twice, two hours apart, with a
     * refuel in between. Two low-fuel episodes make two candidates; the second is suppressed.
     */
    @Test
    void theCampaignCapHoldsForASecondLowFuelApproachTheSameDay() throws Exception {
        PipelineTables db = PipelineTables.createMigrated();
        PipelineSettings settings = settings(db, "21:00-08:00");
        List<VehicleDirective> consent = List.of(VehicleDirective.of(new MarketingConsent(FUEL_VIN, "subscriber-2",
                true, FUEL.start().minus(Duration.ofDays(1)))));
        List<Telemetry> once = FUEL.telemetry();
        List<Telemetry> twice = new ArrayList<>(once);
        Duration later = Duration.between(FUEL.start(), FUEL.end()).plus(Duration.ofHours(2));
        for (Telemetry t : once) {
            twice.add(new Telemetry(t.vin(), t.seq() + once.size(), t.eventTime().plus(later), t.signals()));
        }

        Run run = run(twice, consent, settings, false, false);
        Run replay = run(twice, consent, settings, true, false);

        assertThat(run.offers).singleElement()
                .satisfies(offer -> assertThat(offer.createdAt()).isEqualTo(Instant.parse("2026-01-06T07:37:30Z")));
        assertThat(run.offersSuppressed).as("the second approach's candidate").isEqualTo(1);
        assertThat(replay.offers).isEqualTo(run.offers);
    }

    static PipelineSettings settings(PipelineTables db, String quietHours) {
        return PipelineSettings.fromArgs("--jdbc-url", db.url, "--parallelism", "2", "--checkpoint-interval", "100 ms",
                "--offer-quiet-hours", quietHours);
    }

    record Run(List<ServiceLead> leads, List<Offer> offers, long leadsOpened, long offersSent,
            long offersSuppressed) {
    }

    /**
     * @param writeTables whether the PostgreSQL sinks for leads and offers run too (the others are discarded)
     */
    private static Run run(List<Telemetry> input, List<VehicleDirective> directives, PipelineSettings settings,
            boolean watermarkAfterEveryMessage, boolean writeTables) throws Exception {
        CollectingSink<ServiceLead> leads = new CollectingSink<>();
        CollectingSink<Offer> offers = new CollectingSink<>();
        PipelineSinks.Builder sinks = PipelineSinks.builder().leadEvents(leads).offerEvents(offers);
        if (writeTables) {
            sinks.serviceLeads(PostgresSinks.serviceLeads(settings)).offers(OfferSinks.offers(settings));
        }
        var job = new TelemetryPipelineJob(
                (env, watermarks) -> env.fromData(input, TypeInformation.of(Telemetry.class))
                        .assignTimestampsAndWatermarks(watermarkAfterEveryMessage ? EveryMessageWatermarks.strategy(settings)
                                : watermarks),
                DirectiveInput.of(directives), sinks.discardTheRest().build(), settings);
        Configuration conf = settings.flinkConfiguration();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        job.build(env);
        JobClient client = env.executeAsync(TelemetryPipelineJob.JOB_NAME);
        PipelineRun.awaitCompletion(client);
        return new Run(byVehicleInOrder(leads.results(), ServiceLead::vin),
                byVehicleInOrder(offers.results(), Offer::vin),
                PipelineRun.counter(METRICS, client, PipelineMetrics.LEADS_OPENED),
                PipelineRun.counter(METRICS, client, PipelineMetrics.OFFERS_SENT),
                PipelineRun.counter(METRICS, client, PipelineMetrics.OFFERS_SUPPRESSED));
    }

    /** Each vehicle's events in emission order (one subtask per vehicle keeps it), vehicles by VIN. */
    private static <T> List<T> byVehicleInOrder(List<T> events, java.util.function.Function<T, String> vin) {
        Map<String, List<T>> byVin = new java.util.TreeMap<>();
        events.forEach(e -> byVin.computeIfAbsent(vin.apply(e), v -> new ArrayList<>()).add(e));
        return byVin.values().stream().flatMap(List::stream).toList();
    }

    /** The oracle: the scenario's messages folded through core's tracker, vehicle by vehicle, without a model. */
    private static List<ServiceLead> expectedLeads(List<Telemetry> input, PipelineSettings settings) {
        LeadTracker tracker = new LeadTracker(settings.leadRules(), ServiceSchedules.builtIn(), DtcCatalog.load(),
                PoiCatalog.sample().index());
        Map<String, LeadMemory> memories = new HashMap<>();
        List<ServiceLead> out = new ArrayList<>();
        for (Telemetry t : input) {
            LeadTracker.Outcome o = tracker.onTelemetry(memories.get(t.vin()), t, List.of());
            memories.put(t.vin(), o.memory());
            out.addAll(o.events());
        }
        return byVehicleInOrder(out, ServiceLead::vin);
    }
}
