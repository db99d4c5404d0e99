-- Alarms over time from the stream job (core's AlarmTracker, docs/alarms.md): one row per alarm, raised once and
-- cleared at most once. An alarm is identified by (vin, alarm_type, subject, since): subject is the trouble code of
-- a DTC_PERSISTENT alarm and '' otherwise; since is the event time its condition began, so a condition that ends
-- and begins again is a new row. Every time here is event time, never the clock of the writer.
--
-- Writes are idempotent on that key, so replays after a recovery change nothing: a raise inserts the row or
-- leaves it be; a clear sets cleared_at only while it is NULL.
CREATE TABLE vehicle_alarm (
    vin             text         NOT NULL,
    alarm_type      text         NOT NULL CHECK (alarm_type IN ('VEHICLE_OFFLINE', 'DTC_PERSISTENT', 'BATTERY_LOW_PARKED')),
    subject         text         NOT NULL DEFAULT '',
    since           timestamptz  NOT NULL,
    raised_at       timestamptz  NOT NULL,
    cleared_at      timestamptz,
    -- the evidence, one sentence each: "no telemetry since 2026-11-01T10:02:11Z (10 min of event time)"
    detail          text         NOT NULL,
    cleared_detail  text,
    PRIMARY KEY (vin, alarm_type, subject, since),
    CONSTRAINT vehicle_alarm_subject_check
        CHECK ((alarm_type = 'DTC_PERSISTENT') = (subject <> '')),
    CONSTRAINT vehicle_alarm_order_check
        CHECK (raised_at >= since AND (cleared_at IS NULL OR cleared_at >= raised_at)),
    CONSTRAINT vehicle_alarm_cleared_detail_check
        CHECK ((cleared_at IS NULL) = (cleared_detail IS NULL))
);

-- The fleet's active alarms, newest first (GET /api/v1/alarms?active=true): a small partial index, since almost
-- every alarm is cleared sooner or later.
CREATE INDEX vehicle_alarm_active_idx ON vehicle_alarm (raised_at DESC, vin, alarm_type, subject, since)
    WHERE cleared_at IS NULL;

-- All alarms newest first, optionally of one type (GET /api/v1/alarms).
CREATE INDEX vehicle_alarm_time_idx ON vehicle_alarm (raised_at DESC, vin, alarm_type, subject, since);

-- One vehicle's alarms over time (GET /api/v1/vehicles/{vin}/alarms).
CREATE INDEX vehicle_alarm_vin_time_idx ON vehicle_alarm (vin, raised_at DESC, alarm_type, subject, since);
