-- With TimescaleDB installed on the server, telemetry becomes a hypertable with compression and
-- retention; without it the native monthly partitions of V1 stay. Both paths keep the same columns
-- and key, so writers and readers do not care which one ran.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb')
       OR current_setting('shared_preload_libraries') NOT LIKE '%timescaledb%' THEN
        RAISE NOTICE 'timescaledb not available or not preloaded: telemetry stays a natively partitioned table';
        RETURN;
    END IF;
    CREATE EXTENSION IF NOT EXISTS timescaledb;
    -- A hypertable cannot be made from a partitioned table: rebuild it (empty at this point in a
    -- fresh installation; existing rows are copied across otherwise).
    ALTER TABLE telemetry RENAME TO telemetry_partitioned;
    CREATE TABLE telemetry (LIKE telemetry_partitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
    ALTER TABLE telemetry ADD PRIMARY KEY (vin, seq, event_time);
    CREATE INDEX telemetry_vin_time_ht_idx ON telemetry (vin, event_time DESC);
    PERFORM create_hypertable('telemetry', 'event_time', chunk_time_interval => interval '1 day');
    INSERT INTO telemetry SELECT * FROM telemetry_partitioned;
    DROP TABLE telemetry_partitioned CASCADE;
    DROP FUNCTION pitwall_ensure_telemetry_partitions(date, integer);
    ALTER TABLE telemetry SET (timescaledb.compress,
                               timescaledb.compress_segmentby = 'vin',
                               timescaledb.compress_orderby = 'event_time DESC, seq');
    PERFORM add_compression_policy('telemetry', interval '7 days');
    PERFORM add_retention_policy('telemetry', interval '400 days');
END;
$$;
