package dev.pitwall.core.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A {@link DrivingProfileMemory} being folded by {@link DrivingProfileTracker}, mutable for the length of one call. */
final class ProfileFold {
    final String vin;
    Instant newest;
    long newestSeq;
    LocalDate firstDay;
    Double speedKmh;
    Instant speedAt;
    Double odometerKm;
    Instant odometerAt;
    Double fuelLevelPct;
    Boolean engineRunning;
    Double fuelReferencePct;
    boolean refuelling;
    boolean braking;
    boolean accelerating;
    Instant tripStart;
    double tripKm;
    Instant stillSince;
    Instant lastEmittedAt;
    Instant dirtySince;
    boolean dayDirty;
    BucketCounts today;
    List<DailyBucket> pastDays;

    ProfileFold(DrivingProfileMemory m) {
        vin = m.vin();
        newest = m.newestEventTime();
        newestSeq = m.newestSeq();
        firstDay = m.firstDay();
        speedKmh = m.speedKmh();
        speedAt = m.speedAt();
        odometerKm = m.odometerKm();
        odometerAt = m.odometerAt();
        fuelLevelPct = m.fuelLevelPct();
        engineRunning = m.engineRunning();
        fuelReferencePct = m.fuelReferencePct();
        refuelling = m.refuelling();
        braking = m.braking();
        accelerating = m.accelerating();
        tripStart = m.tripStart();
        tripKm = m.tripKm();
        stillSince = m.stillSince();
        lastEmittedAt = m.lastEmittedAt();
        dirtySince = m.dirtySince();
        dayDirty = m.dayDirty();
        today = m.today() == null ? null : new BucketCounts(m.today());
        pastDays = m.pastDays();
    }

    /** Moves today into the past and starts {@code day}, keeping only the days of its window. */
    void closeDay(LocalDate day, int windowDays) {
        LocalDate from = day.minusDays(windowDays - 1L);
        List<DailyBucket> kept = new ArrayList<>(Math.min(pastDays.size() + 1, windowDays));
        for (DailyBucket past : pastDays) {
            if (!past.day().isBefore(from)) {
                kept.add(past);
            }
        }
        DailyBucket closed = today.build();
        if (!closed.day().isBefore(from)) {
            kept.add(closed);
        }
        pastDays = kept;
        today = new BucketCounts(DailyBucket.empty(day));
        dayDirty = false;
    }

    DrivingProfileMemory toMemory() {
        return new DrivingProfileMemory(vin, newest, newestSeq, firstDay, speedKmh, speedAt, odometerKm,
                odometerAt, fuelLevelPct, engineRunning, fuelReferencePct, refuelling, braking, accelerating,
                tripStart, tripKm, stillSince, lastEmittedAt, dirtySince, dayDirty,
                today == null ? null : today.build(), pastDays);
    }
}
