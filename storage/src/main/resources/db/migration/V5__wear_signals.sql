-- The wear signals added to telemetry v1 for predictive maintenance (docs/telemetry-contract.md), stored like
-- every other signal: NULL where a message did not carry it (in vehicle_state: not reported yet). The checks
-- are exactly the JSON Schema's ranges, so whatever ingest accepts can be stored and nothing else can.
--   cranking_voltage          V, 0-36: lowest 12 V battery voltage during the most recent engine start
--   oil_life_pct              %, 0-100: the oil-life monitor, 100 = fresh oil, 0 = change now
--   brake_pad_wear_front_pct  %, 0-100: front axle pad wear, 0 = new, 100 = worn to the wear limit
--   brake_pad_wear_rear_pct   %, 0-100: rear axle pad wear, likewise

-- A plain nullable ADD COLUMN is metadata only, and it is accepted by the partitioned table of V1 (partitions
-- inherit it) and by a hypertable with compression from V3 alike; a column constraint inside ADD COLUMN is not,
-- on older TimescaleDB releases. So the checks come separately, and NOT VALID: every existing row holds NULL
-- there, so validating would only scan all of telemetry under an exclusive lock, blocking the stream job's
-- writes meanwhile. New and updated rows are checked all the same.
ALTER TABLE telemetry
    ADD COLUMN cranking_voltage         double precision,
    ADD COLUMN oil_life_pct             double precision,
    ADD COLUMN brake_pad_wear_front_pct double precision,
    ADD COLUMN brake_pad_wear_rear_pct  double precision;

ALTER TABLE telemetry
    ADD CONSTRAINT telemetry_cranking_voltage_check
        CHECK (cranking_voltage BETWEEN 0 AND 36) NOT VALID,
    ADD CONSTRAINT telemetry_oil_life_pct_check
        CHECK (oil_life_pct BETWEEN 0 AND 100) NOT VALID,
    ADD CONSTRAINT telemetry_brake_pad_wear_front_pct_check
        CHECK (brake_pad_wear_front_pct BETWEEN 0 AND 100) NOT VALID,
    ADD CONSTRAINT telemetry_brake_pad_wear_rear_pct_check
        CHECK (brake_pad_wear_rear_pct BETWEEN 0 AND 100) NOT VALID;

-- One row per vehicle: small enough to check in place.
ALTER TABLE vehicle_state
    ADD COLUMN cranking_voltage         double precision CHECK (cranking_voltage BETWEEN 0 AND 36),
    ADD COLUMN oil_life_pct             double precision CHECK (oil_life_pct BETWEEN 0 AND 100),
    ADD COLUMN brake_pad_wear_front_pct double precision CHECK (brake_pad_wear_front_pct BETWEEN 0 AND 100),
    ADD COLUMN brake_pad_wear_rear_pct  double precision CHECK (brake_pad_wear_rear_pct BETWEEN 0 AND 100);
