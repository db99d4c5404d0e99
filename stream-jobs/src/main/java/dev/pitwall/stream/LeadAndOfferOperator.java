package dev.pitwall.stream;

import dev.pitwall.core.dtc.DtcCatalog;
import dev.pitwall.core.lead.LeadEvent;
import dev.pitwall.core.lead.LeadMemory;
import dev.pitwall.core.lead.LeadRules;
import dev.pitwall.core.lead.LeadTracker;
import dev.pitwall.core.lead.ServiceLead;
import dev.pitwall.core.poi.PoiCatalog;
import dev.pitwall.core.servicebook.ServiceSchedules;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Turns each vehicle's moments into service-due leads (and, with the offer rules, geo-targeted offers): keyed by VIN,
 * it meets the vehicle's deduplicated, predicted telemetry (input 1) with the facts the API publishes about it
 * (input 2: recorded services, marketing consent). Core decides ({@link LeadTracker}); this class only holds each
 * vehicle's memory in keyed state and passes on what core says.
 *
 * <p>The POI catalog, service schedules and DTC catalog are loaded once per task in {@link #open}: they are read-only
 * and shared by all vehicles of the subtask.
 */
public final class LeadAndOfferOperator extends KeyedCoProcessFunction<String, PredictedTelemetry, VehicleDirective,
        ServiceLead> {

    private static final long serialVersionUID = 1L;

    public static final String UID = "leads-and-offers";

    private final LeadRules leadRules;
    private final String poiFile;

    private transient LeadTracker leads;
    private transient ValueState<LeadMemory> leadMemory;
    private transient Counter opened;
    private transient Counter leadEvents;

    /** @param poiFile a POI catalog file (docs/points-of-interest.md), empty for the built-in sample */
    public LeadAndOfferOperator(LeadRules leadRules, String poiFile) {
        this.leadRules = leadRules;
        this.poiFile = poiFile;
    }

    public static ValueStateDescriptor<LeadMemory> leadMemoryDescriptor() {
        return new ValueStateDescriptor<>("lead-memory", LeadMemorySerializer.INSTANCE);
    }

    @Override
    public void open(OpenContext openContext) {
        PoiCatalog pois = poiFile.isEmpty() ? PoiCatalog.sample() : PoiCatalog.load(java.nio.file.Path.of(poiFile));
        leads = new LeadTracker(leadRules, ServiceSchedules.builtIn(), DtcCatalog.load(), pois.index());
        leadMemory = getRuntimeContext().getState(leadMemoryDescriptor());
        opened = getRuntimeContext().getMetricGroup().counter(PipelineMetrics.LEADS_OPENED);
        leadEvents = getRuntimeContext().getMetricGroup().counter(PipelineMetrics.LEAD_EVENTS);
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
    }

    @Override
    public void processElement2(VehicleDirective directive, Context context, Collector<ServiceLead> out)
            throws Exception {
        if (directive.serviceRecord() != null) {
            LeadTracker.Outcome outcome = leads.onServiceRecord(leadMemory.value(), directive.vin(),
                    directive.serviceRecord().record());
            leadMemory.update(outcome.memory());
            emit(outcome, out);
        }
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
