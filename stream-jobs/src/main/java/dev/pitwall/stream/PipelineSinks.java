package dev.pitwall.stream;

import dev.pitwall.core.alarm.VehicleAlarm;
import dev.pitwall.core.health.HealthAssessment;
import dev.pitwall.core.lead.ServiceLead;
import dev.pitwall.core.maintenance.FailurePrediction;
import dev.pitwall.core.offer.Offer;
import dev.pitwall.core.profile.DailyUsage;
import dev.pitwall.core.profile.DrivingProfile;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.topic.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * Where the pipeline's outputs go. {@link #production} wires PostgreSQL and Kafka; tests build their own with
 * {@link #builder()}, naming the sinks they look at and discarding the rest.
 *
 * @param telemetry     every deduplicated message (table telemetry)
 * @param vehicleState  each state that advanced, with its health (table vehicle_state)
 * @param healthHistory assessments the history policy recorded (table health_history)
 * @param healthEvents  the same recorded assessments, as events (topic vehicle-health.v1)
 * @param failurePredictions predictions the history policy kept (table failure_prediction)
 * @param predictionEvents   the same kept predictions, as events (topic predictions.v1)
 * @param vehicleAlarms      every alarm raise and clear (table vehicle_alarm)
 * @param alarmEvents        the same transitions, as events (topic vehicle-alarms.v1)
 * @param serviceLeads       every lead event: opened, escalated, resolved, expired (tables service_lead and
 *                           service_lead_event)
 * @param leadEvents         the same lead events (topic service-leads.v1)
 * @param vehicleProfiles    each vehicle's driving profile, at most once per emit interval (table vehicle_profile)
 * @param dailyUsage         each vehicle's usage per local day, today's row as it grows (table vehicle_daily_usage)
 * @param offers             geo-targeted offers sent (table offer)
 * @param offerEvents        the same offers (topic offers.v1)
 */
public record PipelineSinks(
        Sink<Telemetry> telemetry,
        Sink<VehicleHealthUpdate> vehicleState,
        Sink<HealthAssessment> healthHistory,
        Sink<HealthAssessment> healthEvents,
        Sink<FailurePrediction> failurePredictions,
        Sink<FailurePrediction> predictionEvents,
        Sink<VehicleAlarm> vehicleAlarms,
        Sink<VehicleAlarm> alarmEvents,
        Sink<ServiceLead> serviceLeads,
        Sink<ServiceLead> leadEvents,
        Sink<DrivingProfile> vehicleProfiles,
        Sink<DailyUsage> dailyUsage,
        Sink<Offer> offers,
        Sink<Offer> offerEvents) {

    public PipelineSinks {
        Objects.requireNonNull(telemetry, "telemetry");
        Objects.requireNonNull(vehicleState, "vehicleState");
        Objects.requireNonNull(healthHistory, "healthHistory");
        Objects.requireNonNull(healthEvents, "healthEvents");
        Objects.requireNonNull(failurePredictions, "failurePredictions");
        Objects.requireNonNull(predictionEvents, "predictionEvents");
        Objects.requireNonNull(vehicleAlarms, "vehicleAlarms");
        Objects.requireNonNull(alarmEvents, "alarmEvents");
        Objects.requireNonNull(serviceLeads, "serviceLeads");
        Objects.requireNonNull(leadEvents, "leadEvents");
        Objects.requireNonNull(vehicleProfiles, "vehicleProfiles");
        Objects.requireNonNull(dailyUsage, "dailyUsage");
        Objects.requireNonNull(offers, "offers");
        Objects.requireNonNull(offerEvents, "offerEvents");
    }

    public static PipelineSinks production(PipelineSettings settings) {
        String kafka = settings.kafkaBootstrap();
        return builder()
                .telemetry(PostgresSinks.telemetry(settings))
                .vehicleState(PostgresSinks.vehicleState(settings))
                .healthHistory(PostgresSinks.healthHistory(settings))
                .healthEvents(KafkaEventSink.create(kafka, Topics.VEHICLE_HEALTH, Topics.VEHICLE_HEALTH.name(),
                        HealthAssessment::vin))
                .failurePredictions(PostgresSinks.failurePredictions(settings))
                .predictionEvents(KafkaEventSink.create(kafka, Topics.FAILURE_PREDICTIONS,
                        Topics.FAILURE_PREDICTIONS.name(), FailurePrediction::vin))
                .vehicleAlarms(PostgresSinks.vehicleAlarms(settings))
                .alarmEvents(KafkaEventSink.create(kafka, Topics.VEHICLE_ALARMS, Topics.VEHICLE_ALARMS.name(),
                        VehicleAlarm::vin))
                .serviceLeads(PostgresSinks.serviceLeads(settings))
                .leadEvents(KafkaEventSink.create(kafka, Topics.SERVICE_LEADS, Topics.SERVICE_LEADS.name(),
                        ServiceLead::vin))
                .vehicleProfiles(DrivingProfileSinks.vehicleProfiles(settings))
                .dailyUsage(DrivingProfileSinks.dailyUsage(settings))
                .offers(OfferSinks.offers(settings))
                .offerEvents(KafkaEventSink.create(kafka, Topics.OFFERS, Topics.OFFERS.name(), Offer::vin))
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the sinks; {@link #build()} insists on every one unless {@link #discardTheRest()} was called. */
    public static final class Builder {
        private Sink<Telemetry> telemetry;
        private Sink<VehicleHealthUpdate> vehicleState;
        private Sink<HealthAssessment> healthHistory;
        private Sink<HealthAssessment> healthEvents;
        private Sink<FailurePrediction> failurePredictions;
        private Sink<FailurePrediction> predictionEvents;
        private Sink<VehicleAlarm> vehicleAlarms;
        private Sink<VehicleAlarm> alarmEvents;
        private Sink<ServiceLead> serviceLeads;
        private Sink<ServiceLead> leadEvents;
        private Sink<DrivingProfile> vehicleProfiles;
        private Sink<DailyUsage> dailyUsage;
        private Sink<Offer> offers;
        private Sink<Offer> offerEvents;
        private boolean discardTheRest;

        private Builder() {
        }

        public Builder telemetry(Sink<Telemetry> sink) { this.telemetry = sink; return this; }
        public Builder vehicleState(Sink<VehicleHealthUpdate> sink) { this.vehicleState = sink; return this; }
        public Builder healthHistory(Sink<HealthAssessment> sink) { this.healthHistory = sink; return this; }
        public Builder healthEvents(Sink<HealthAssessment> sink) { this.healthEvents = sink; return this; }
        public Builder failurePredictions(Sink<FailurePrediction> sink) { this.failurePredictions = sink; return this; }
        public Builder predictionEvents(Sink<FailurePrediction> sink) { this.predictionEvents = sink; return this; }
        public Builder vehicleAlarms(Sink<VehicleAlarm> sink) { this.vehicleAlarms = sink; return this; }
        public Builder alarmEvents(Sink<VehicleAlarm> sink) { this.alarmEvents = sink; return this; }
        public Builder serviceLeads(Sink<ServiceLead> sink) { this.serviceLeads = sink; return this; }
        public Builder leadEvents(Sink<ServiceLead> sink) { this.leadEvents = sink; return this; }
        public Builder vehicleProfiles(Sink<DrivingProfile> sink) { this.vehicleProfiles = sink; return this; }
        public Builder dailyUsage(Sink<DailyUsage> sink) { this.dailyUsage = sink; return this; }
        public Builder offers(Sink<Offer> sink) { this.offers = sink; return this; }
        public Builder offerEvents(Sink<Offer> sink) { this.offerEvents = sink; return this; }

        /** Sinks not named go nowhere (tests that look at some outputs only). */
        public Builder discardTheRest() {
            this.discardTheRest = true;
            return this;
        }

        public PipelineSinks build() {
            List<String> missing = new ArrayList<>();
            PipelineSinks sinks = new PipelineSinks(
                    orDiscard(telemetry, "telemetry", missing),
                    orDiscard(vehicleState, "vehicleState", missing),
                    orDiscard(healthHistory, "healthHistory", missing),
                    orDiscard(healthEvents, "healthEvents", missing),
                    orDiscard(failurePredictions, "failurePredictions", missing),
                    orDiscard(predictionEvents, "predictionEvents", missing),
                    orDiscard(vehicleAlarms, "vehicleAlarms", missing),
                    orDiscard(alarmEvents, "alarmEvents", missing),
                    orDiscard(serviceLeads, "serviceLeads", missing),
                    orDiscard(leadEvents, "leadEvents", missing),
                    orDiscard(vehicleProfiles, "vehicleProfiles", missing),
                    orDiscard(dailyUsage, "dailyUsage", missing),
                    orDiscard(offers, "offers", missing),
                    orDiscard(offerEvents, "offerEvents", missing));
            if (!missing.isEmpty()) {
                throw new IllegalStateException("no sink for " + missing + "; name one or call discardTheRest()");
            }
            return sinks;
        }

        private <T> Sink<T> orDiscard(Sink<T> sink, String name, List<String> missing) {
            if (sink != null) {
                return sink;
            }
            if (!discardTheRest) {
                missing.add(name);
            }
            return new DiscardingSink<>();
        }
    }
}
