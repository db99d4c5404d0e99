-- The newest known state of each vehicle and its current health, one row per VIN. Writers upsert
-- only when the incoming state is newer (last_event_time, then last_seq), so replays and late
-- messages never roll a vehicle back in time.
CREATE TABLE vehicle_state (
    vin               text             PRIMARY KEY,
    last_seq          bigint           NOT NULL,
    last_event_time   timestamptz      NOT NULL,
    updated_at        timestamptz      NOT NULL DEFAULT now(),
    odometer_km       double precision,
    speed_kmh         double precision,
    latitude          double precision,
    longitude         double precision,
    fuel_level_pct    double precision,
    coolant_temp_c    double precision,
    battery_voltage   double precision,
    engine_running    boolean,
    engine_rpm        double precision,
    engine_hours      double precision,
    tire_fl_kpa       double precision,
    tire_fr_kpa       double precision,
    tire_rl_kpa       double precision,
    tire_rr_kpa       double precision,
    active_dtcs       text[]           NOT NULL DEFAULT '{}',
    health_score      integer          NOT NULL CHECK (health_score BETWEEN 0 AND 100),
    health_band       text             NOT NULL CHECK (health_band IN ('GOOD', 'FAIR', 'POOR', 'CRITICAL')),
    -- [{"rule": "battery.low", "points": -8, "reason": "12 V battery 12.10 V at rest, ..."}]
    health_reasons    jsonb            NOT NULL DEFAULT '[]'
);

CREATE INDEX vehicle_state_band_idx ON vehicle_state (health_band, vin);

-- Health over time: every change of score or reasons, plus a heartbeat (HealthHistoryPolicy).
-- Keyed by the message that produced the assessment, so replays are idempotent.
CREATE TABLE health_history (
    vin          text         NOT NULL,
    seq          bigint       NOT NULL,
    event_time   timestamptz  NOT NULL,
    score        integer      NOT NULL CHECK (score BETWEEN 0 AND 100),
    band         text         NOT NULL,
    reasons      jsonb        NOT NULL DEFAULT '[]',
    PRIMARY KEY (vin, seq)
);

CREATE INDEX health_history_vin_time_idx ON health_history (vin, event_time DESC);
