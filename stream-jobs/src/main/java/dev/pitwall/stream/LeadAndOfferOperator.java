package dev.pitwall.stream;

import dev.pitwall.core.dtc.DtcCatalog;
import dev.pitwall.core.lead.LeadEvent;
import dev.pitwall.core.lead.LeadMemory;
import dev.pitwall.core.lead.LeadRules;
import dev.pitwall.core.lead.LeadTracker;
import dev.pitwall.core.lead.ServiceLead;
import dev.pitwall.core.poi.PoiCatalog;
import dev.pitwall.core.servicebook.ServiceSchedules;
import dev.pitwall.core.offer.ConsentHistory;
import dev.pitwall.core.offer.Offer;
import dev.pitwall.core.offer.OfferCandidate;
import dev.pitwall.core.offer.OfferMemory;
import dev.pitwall.core.offer.OfferRules;
import dev.pitwall.core.offer.OfferTracker;
import dev.pitwall.core.poi.PoiIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.util.OutputTag;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Turns each vehicle's moments into service-due leads and geo-targeted offers: keyed by VIN, it meets the vehicle's
 * deduplicated, predicted telemetry (input 1) with the facts the API publishes about it (input 2: recorded
 * services, marketing consent). Core decides ({@link LeadTracker}, {@link OfferTracker}); this class holds each
 * vehicle's memories in keyed state and passes on what core says. Leads go to the main output, offers to
 * {@link #OFFERS}.
 *
 * <p>Offers wait for the watermark. A message that meets an offer rule makes a candidate, which is buffered with an
 * event-time timer at its trigger time; when the watermark passes it, the candidate is decided against the consent
 * history, the quiet hours and the caps, in {@link OfferCandidate#DECISION_ORDER}. By then every consent change
 * stamped before the trigger has arrived (the watermark is the minimum of both inputs), so the same input gives the
 * same offers however the two inputs interleave. The directive input is idle most of the time and is then left out
 * of the watermark; a consent change that arrives after the watermark passed its time cannot reach back to offers
 * already decided.
 *
 * <p>The POI catalog, service schedules and DTC catalog are loaded once per task in {@link #open}: they are read-only
 * and shared by all vehicles of the subtask.
 */
public final class LeadAndOfferOperator extends KeyedCoProcessFunction<String, PredictedTelemetry, VehicleDirective,
        ServiceLead> {

    private static final long serialVersionUID = 1L;

    public static final String UID = "leads-and-offers";

    /** Offers sent: into the offer table and onto {@code offers.v1}. */
    public static final OutputTag<Offer> OFFERS = new OutputTag<>("offers", TypeInformation.of(Offer.class));

    private final LeadRules leadRules;
    private final OfferRules offerRules;
    private final String poiFile;

    private transient LeadTracker leads;
    private transient OfferTracker offers;
    private transient PoiIndex pois;
    private transient ValueState<LeadMemory> leadMemory;
    private transient ValueState<OfferMemory> offerMemory;
    private transient ValueState<ConsentHistory> consent;
    private transient ListState<OfferCandidate> pending;
    private transient Counter opened;
    private transient Counter leadEvents;
    private transient Counter offersSent;
    private transient Counter offersSuppressed;

    /** @param poiFile a POI catalog file (docs/points-of-interest.md), empty for the built-in sample */
    public LeadAndOfferOperator(LeadRules leadRules, OfferRules offerRules, String poiFile) {
        this.leadRules = leadRules;
        this.offerRules = offerRules;
        this.poiFile = poiFile;
    }

    public static ValueStateDescriptor<LeadMemory> leadMemoryDescriptor() {
        return new ValueStateDescriptor<>("lead-memory", LeadMemorySerializer.INSTANCE);
    }

    public static ValueStateDescriptor<OfferMemory> offerMemoryDescriptor() {
        return new ValueStateDescriptor<>("offer-memory", OfferMemorySerializer.INSTANCE);
    }

    public static ValueStateDescriptor<ConsentHistory> consentDescriptor() {
        return new ValueStateDescriptor<>("marketing-consent", ConsentHistorySerializer.INSTANCE);
    }

    /** Offer candidates waiting for the watermark to pass their trigger time. */
    public static ListStateDescriptor<OfferCandidate> pendingDescriptor() {
        return new ListStateDescriptor<>("pending-offer-candidates", TypeInformation.of(OfferCandidate.class));
    }

    @Override
    public void open(OpenContext openContext) {
        PoiCatalog catalog = poiFile.isEmpty() ? PoiCatalog.sample() : PoiCatalog.load(Path.of(poiFile));
        pois = catalog.index();
        leads = new LeadTracker(leadRules, ServiceSchedules.builtIn(), DtcCatalog.load(), pois);
        offers = new OfferTracker(offerRules);
        leadMemory = getRuntimeContext().getState(leadMemoryDescriptor());
        offerMemory = getRuntimeContext().getState(offerMemoryDescriptor());
        consent = getRuntimeContext().getState(consentDescriptor());
        pending = getRuntimeContext().getListState(pendingDescriptor());
        var metrics = getRuntimeContext().getMetricGroup();
        opened = metrics.counter(PipelineMetrics.LEADS_OPENED);
        leadEvents = metrics.counter(PipelineMetrics.LEAD_EVENTS);
        offersSent = metrics.counter(PipelineMetrics.OFFERS_SENT);
        offersSuppressed = metrics.counter(PipelineMetrics.OFFERS_SUPPRESSED);
    }

    @Override
    public void processElement1(PredictedTelemetry message, Context context, Collector<ServiceLead> out)
            throws Exception {
        LeadMemory before = leadMemory.value();
        LeadTracker.Outcome outcome = leads.onTelemetry(before, message.telemetry(), message.predictions());
        if (outcome.memory() == before) {
            return; // older than the vehicle's newest message
        }
        leadMemory.update(outcome.memory());
        emit(outcome, out);

        OfferMemory offersBefore = offerMemory.value();
        OfferTracker.Observed observed = offers.onTelemetry(offersBefore, message.telemetry(),
                LeadTracker.openLeads(outcome.memory()), pois);
        if (observed.memory() != offersBefore) {
            offerMemory.update(observed.memory());
        }
        for (OfferCandidate candidate : observed.candidates()) {
            pending.add(candidate);
            context.timerService().registerEventTimeTimer(candidate.triggeredAt().toEpochMilli());
        }
    }

    @Override
    public void processElement2(VehicleDirective directive, Context context, Collector<ServiceLead> out)
            throws Exception {
        if (directive.serviceRecord() != null) {
            LeadTracker.Outcome outcome = leads.onServiceRecord(leadMemory.value(), directive.vin(),
                    directive.serviceRecord().record());
            leadMemory.update(outcome.memory());
            emit(outcome, out);
        } else {
            ConsentHistory history = consent.value();
            consent.update((history == null ? ConsentHistory.none() : history).with(directive.consent()));
        }
    }

    /** Decides the candidates the watermark has passed, oldest first; later ones keep waiting. */
    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<ServiceLead> out) throws Exception {
        List<OfferCandidate> due = new ArrayList<>();
        List<OfferCandidate> waiting = new ArrayList<>();
        for (OfferCandidate candidate : pending.get()) {
            (candidate.triggeredAt().toEpochMilli() <= timestamp ? due : waiting).add(candidate);
        }
        if (due.isEmpty()) {
            return;
        }
        due.sort(OfferCandidate.DECISION_ORDER);
        OfferMemory memory = offerMemory.value();
        ConsentHistory history = consent.value();
        for (OfferCandidate candidate : due) {
            OfferTracker.Decided decided = offers.decide(memory, candidate, history);
            memory = decided.memory();
            decided.decision().offer().ifPresentOrElse(offer -> {
                offersSent.inc();
                context.output(OFFERS, offer);
            }, offersSuppressed::inc);
        }
        offerMemory.update(memory);
        pending.update(waiting);
    }

    private void emit(LeadTracker.Outcome outcome, Collector<ServiceLead> out) {
        for (ServiceLead lead : outcome.events()) {
            if (lead.event() == LeadEvent.OPENED) {
                opened.inc();
            }
            leadEvents.inc();
            out.collect(lead);
        }
    }
}
