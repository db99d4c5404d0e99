package dev.pitwall.simulator;

import dev.pitwall.core.telemetry.MqttTelemetryTopic;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.TelemetryCodec;
import dev.pitwall.core.telemetry.VehicleSignals;
import dev.pitwall.simulator.SimulatedMessage.Delivery;
import dev.pitwall.simulator.vehicle.SimulatedVehicle;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * One vehicle's messages: a sample every interval with the next seq, encoded with the wire codec, then the
 * injected faults (corrupted instead, published twice, or held back behind the next message), recorded in the
 * vehicle's ledger exactly as handed out.
 */
final class VehicleStream {

    private static final Corruption[] CORRUPTIONS = Corruption.values();

    private final SimulatedVehicle vehicle;
    private final String topic;
    private final SplittableRandom faultRandom;
    private final FaultRates rates;
    private final TelemetryCodec codec;
    private final VehicleLedger ledger;
    private final long firstSampleMillis;
    private final long intervalMillis;
    private final long sampleLimit;
    private final long firstSeq;
    /** Samples produced so far; the next seq is {@code firstSeq + produced}. */
    private long produced;
    private SimulatedMessage held;
    private boolean heldDuplicated;

    VehicleStream(SimulatedVehicle vehicle, SplittableRandom faultRandom, FaultRates rates, TelemetryCodec codec,
            long firstSampleMillis, long intervalMillis, long sampleLimit, long firstSeq) {
        this.vehicle = vehicle;
        this.topic = MqttTelemetryTopic.forVin(vehicle.vin());
        this.faultRandom = faultRandom;
        this.rates = rates;
        this.codec = codec;
        this.ledger = new VehicleLedger(vehicle.identity(), firstSeq);
        this.firstSeq = firstSeq;
        this.firstSampleMillis = firstSampleMillis;
        this.intervalMillis = intervalMillis;
        this.sampleLimit = sampleLimit;
    }

    boolean hasNext() {
        return produced < sampleLimit;
    }

    long nextEventMillis() {
        return firstSampleMillis + produced * intervalMillis;
    }

    /** Produces the next sample and hands out 0 (held back) to 4 (with a released, duplicated message) messages. */
    void produceNext(Consumer<SimulatedMessage> out) {
        long seq = firstSeq + produced;
        long millis = nextEventMillis();
        produced++;
        ledger.sampled(seq);
        VehicleSignals signals = vehicle.advanceTo(millis);
        Instant eventTime = Instant.ofEpochMilli(millis);
        byte[] payload = codec.encode(new Telemetry(vehicle.vin(), seq, eventTime, signals));
        // always three draws per sample, so one fault decision does not shift the next vehicle sample's draws
        double malformedDraw = faultRandom.nextDouble();
        double duplicateDraw = faultRandom.nextDouble();
        double delayDraw = faultRandom.nextDouble();
        if (malformedDraw < rates.malformed()) {
            Corruption kind = CORRUPTIONS[faultRandom.nextInt(CORRUPTIONS.length)];
            ledger.malformed(seq, kind);
            out.accept(new SimulatedMessage(vehicle.vin(), topic, seq, eventTime, kind.apply(payload), Delivery.IN_ORDER, kind));
            releaseHeld(out, true);
            return;
        }
        SimulatedMessage message = new SimulatedMessage(vehicle.vin(), topic, seq, eventTime, payload, Delivery.IN_ORDER, null);
        boolean duplicate = duplicateDraw < rates.duplicate();
        if (held == null && delayDraw < rates.outOfOrder()) {
            held = message; // only one message is held at a time: it goes out right after the next one
            heldDuplicated = duplicate;
            return;
        }
        emit(message, duplicate, out);
        releaseHeld(out, true);
    }

    /** Hands out a message still held back (at the end of the run); it then goes out in order. */
    void finish(Consumer<SimulatedMessage> out) {
        releaseHeld(out, false);
    }

    VehicleLedger ledger() {
        return ledger;
    }

    String vin() {
        return vehicle.vin();
    }

    private void releaseHeld(Consumer<SimulatedMessage> out, boolean afterNewer) {
        if (held == null) {
            return;
        }
        SimulatedMessage message = afterNewer ? held.as(Delivery.DELAYED) : held;
        if (afterNewer) {
            ledger.delayed(message.seq());
        }
        held = null;
        emit(message, heldDuplicated, out);
    }

    private void emit(SimulatedMessage message, boolean duplicate, Consumer<SimulatedMessage> out) {
        out.accept(message);
        if (duplicate) {
            ledger.duplicated(message.seq());
            out.accept(message.as(Delivery.DUPLICATE));
        }
    }
}
