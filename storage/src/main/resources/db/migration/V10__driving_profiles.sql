-- Usage and driving profiles from the stream job (core's DrivingProfileTracker, docs/driving-profiles.md): one
-- profile per vehicle and one usage row per vehicle and local day (zone of the job's --profile-zone, default
-- Europe/Berlin). Every as_of is event time, never the clock of the writer.
--
-- Writes are idempotent upserts that only ever move forward: a row is replaced only by one with a newer
-- (as_of, as_of_seq), so a replay after a recovery, or a late write of an older snapshot, changes nothing.

CREATE TABLE vehicle_profile (
    vin                     text         PRIMARY KEY,
    -- the newest message the profile counts
    as_of                   timestamptz  NOT NULL,
    as_of_seq               bigint       NOT NULL,
    -- the local days the totals and scores cover
    window_from             date         NOT NULL,
    window_to               date         NOT NULL,
    -- 0-100, NULL until the window holds enough km to judge a driving style
    overall_score           smallint     CHECK (overall_score BETWEEN 0 AND 100),
    smoothness_score        smallint     CHECK (smoothness_score BETWEEN 0 AND 100),
    speed_discipline_score  smallint     CHECK (speed_discipline_score BETWEEN 0 AND 100),
    night_driving_pct       smallint     CHECK (night_driving_pct BETWEEN 0 AND 100),
    -- segment attributes, e.g. {HIGH_MILEAGE,COMMUTER}
    attributes              text[]       NOT NULL DEFAULT '{}',
    -- the measures behind them: {"km": 1234.5, "kmPerDay": 41.2, "trips": 58, ...}
    details                 jsonb        NOT NULL,
    updated_at              timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT vehicle_profile_window_check CHECK (window_from <= window_to),
    CONSTRAINT vehicle_profile_attributes_check CHECK (attributes <@ ARRAY['HIGH_MILEAGE', 'LOW_MILEAGE',
        'NIGHT_DRIVER', 'SMOOTH_DRIVER', 'AGGRESSIVE_DRIVER', 'SHORT_TRIPS', 'COMMUTER']::text[])
);

-- Marketers select vehicles by segment: WHERE attributes @> '{COMMUTER}'.
CREATE INDEX vehicle_profile_attributes_idx ON vehicle_profile USING gin (attributes);

CREATE TABLE vehicle_daily_usage (
    vin                  text              NOT NULL,
    day                  date              NOT NULL,
    as_of                timestamptz       NOT NULL,
    as_of_seq            bigint            NOT NULL,
    km                   double precision  NOT NULL CHECK (km >= 0),
    driving_minutes      double precision  NOT NULL CHECK (driving_minutes >= 0),
    fuel_used_litres     double precision  NOT NULL CHECK (fuel_used_litres >= 0),
    refuelled_litres     double precision  NOT NULL CHECK (refuelled_litres >= 0),
    refuel_count         integer           NOT NULL CHECK (refuel_count >= 0),
    trips                integer           NOT NULL CHECK (trips >= 0),
    harsh_brakings       integer           NOT NULL CHECK (harsh_brakings >= 0),
    harsh_accelerations  integer           NOT NULL CHECK (harsh_accelerations >= 0),
    night_km             double precision  NOT NULL CHECK (night_km >= 0),
    speeding_minutes     double precision  NOT NULL CHECK (speeding_minutes >= 0),
    updated_at           timestamptz       NOT NULL DEFAULT now(),
    -- also "one vehicle's days, newest first" (GET /api/v1/vehicles/{vin}/profile), scanned backwards
    PRIMARY KEY (vin, day)
);

-- telemetry_daily: a per-vehicle, per-day rollup of the raw telemetry, to check the stream job's usage rows
-- against and for ad-hoc analysis. With TimescaleDB (telemetry is a hypertable, V3) it is a continuous aggregate
-- refreshed hourly; without it, a plain view with the same columns computed on read (walks
-- telemetry_vin_time_idx: query it for one vehicle and a bounded range). Days are local days in Europe/Berlin,
-- the job's default zone; day is the local midnight the day starts at.
DO $$
DECLARE
    hypertable boolean := false;
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb') THEN
        EXECUTE 'SELECT EXISTS (SELECT 1 FROM timescaledb_information.hypertables '
             || 'WHERE hypertable_name = ''telemetry'')' INTO hypertable;
    END IF;
    IF NOT hypertable THEN
        RAISE NOTICE 'telemetry is no TimescaleDB hypertable: telemetry_daily is a plain view';
        CREATE VIEW telemetry_daily AS
        SELECT vin,
               date_trunc('day', event_time, 'Europe/Berlin') AS day,
               count(*)             AS messages,
               min(event_time)      AS first_event_time,
               max(event_time)      AS last_event_time,
               min(odometer_km)     AS odometer_min_km,
               max(odometer_km)     AS odometer_max_km,
               min(fuel_level_pct)  AS fuel_min_pct,
               max(fuel_level_pct)  AS fuel_max_pct,
               max(speed_kmh)       AS max_speed_kmh,
               avg(speed_kmh)       AS avg_speed_kmh
        FROM telemetry
        GROUP BY vin, date_trunc('day', event_time, 'Europe/Berlin');
        RETURN;
    END IF;
    -- WITH NO DATA lets a continuous aggregate be created inside the migration's transaction. The policy refreshes
    -- the last 3 days every hour; after importing older history, refresh once:
    --   CALL refresh_continuous_aggregate('telemetry_daily', NULL, NULL);
    EXECUTE $cagg$
        CREATE MATERIALIZED VIEW telemetry_daily WITH (timescaledb.continuous) AS
        SELECT vin,
               time_bucket(interval '1 day', event_time, 'Europe/Berlin') AS day,
               count(*)             AS messages,
               min(event_time)      AS first_event_time,
               max(event_time)      AS last_event_time,
               min(odometer_km)     AS odometer_min_km,
               max(odometer_km)     AS odometer_max_km,
               min(fuel_level_pct)  AS fuel_min_pct,
               max(fuel_level_pct)  AS fuel_max_pct,
               max(speed_kmh)       AS max_speed_kmh,
               avg(speed_kmh)       AS avg_speed_kmh
        FROM telemetry
        GROUP BY vin, time_bucket(interval '1 day', event_time, 'Europe/Berlin')
        WITH NO DATA $cagg$;
    PERFORM add_continuous_aggregate_policy('telemetry_daily', start_offset => interval '3 days',
                                            end_offset => interval '1 hour', schedule_interval => interval '1 hour');
END;
$$;
