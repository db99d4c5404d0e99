-- Raw telemetry, one row per distinct (vin, seq). Writers insert with
--   ON CONFLICT (vin, seq, event_time) DO NOTHING
-- so replaying any input never duplicates a row. event_time is part of the key because both a
-- TimescaleDB hypertable and a natively partitioned table require the partition column in every
-- unique index; a duplicate of a message repeats its event_time, so the key still means (vin, seq).
CREATE TABLE telemetry (
    vin             text             NOT NULL,
    seq             bigint           NOT NULL,
    event_time      timestamptz      NOT NULL,
    -- clock_timestamp(), not now(): the time this row was written, which the load benchmark reads
    ingested_at     timestamptz      NOT NULL DEFAULT clock_timestamp(),
    odometer_km     double precision,
    speed_kmh       double precision,
    latitude        double precision,
    longitude       double precision,
    heading_deg     double precision,
    fuel_level_pct  double precision,
    coolant_temp_c  double precision,
    engine_rpm      double precision,
    engine_running  boolean,
    engine_hours    double precision,
    battery_voltage double precision,
    ambient_temp_c  double precision,
    tire_fl_kpa     double precision,
    tire_fr_kpa     double precision,
    tire_rl_kpa     double precision,
    tire_rr_kpa     double precision,
    dtcs            text[],
    PRIMARY KEY (vin, seq, event_time)
) PARTITION BY RANGE (event_time);

-- "vehicle over a time range" and "latest per vehicle" both walk this index.
CREATE INDEX telemetry_vin_time_idx ON telemetry (vin, event_time DESC);

-- Monthly partitions, created ahead by this function (idempotent). The default partition catches
-- anything outside the prepared range so that no write ever fails for want of a partition.
CREATE FUNCTION pitwall_ensure_telemetry_partitions(first_month date, months integer)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    m date := date_trunc('month', first_month)::date;
    created integer := 0;
    part text;
BEGIN
    FOR i IN 0 .. months - 1 LOOP
        part := format('telemetry_y%sm%s', to_char(m, 'YYYY'), to_char(m, 'MM'));
        IF to_regclass(part) IS NULL THEN
            EXECUTE format('CREATE TABLE %I PARTITION OF telemetry FOR VALUES FROM (%L) TO (%L)',
                           part, m, (m + interval '1 month')::date);
            created := created + 1;
        END IF;
        m := (m + interval '1 month')::date;
    END LOOP;
    RETURN created;
END;
$$;

CREATE TABLE telemetry_default PARTITION OF telemetry DEFAULT;

SELECT pitwall_ensure_telemetry_partitions((now() - interval '12 months')::date, 36);
