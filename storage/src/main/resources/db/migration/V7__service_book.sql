-- The service book (docs/service-book.md): completed maintenance per vehicle, and the first readings Pitwall saw
-- of each vehicle, from which items without any service record are counted.

-- One row per item of a completed service. A client's retry repeats (vin, item, performed_at), so it finds the
-- row it wrote and never adds a second one; the API answers it with that row. The item names are core's
-- ServiceItem (extend this CHECK when adding one).
CREATE TABLE service_record (
    id            bigint            GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vin           text              NOT NULL,
    item          text              NOT NULL CHECK (item IN
                      ('OIL_SERVICE', 'BRAKE_INSPECTION', 'TIRE_ROTATION', 'ANNUAL_INSPECTION', 'BATTERY_CHECK',
                       'COOLANT_SERVICE', 'BRAKE_FLUID', 'SPARK_PLUGS', 'CABIN_FILTER', 'AIR_FILTER')),
    performed_at  timestamptz       NOT NULL,
    odometer_km   double precision  NOT NULL CHECK (odometer_km >= 0),
    engine_hours  double precision  CHECK (engine_hours >= 0),
    workshop      text,
    notes         text,
    -- who recorded it: 'api' (a workshop or advisor through the REST API); 'booking' when bookings record it
    source        text              NOT NULL CHECK (source IN ('api', 'booking')),
    recorded_at   timestamptz       NOT NULL DEFAULT now(),
    -- also the index behind "newest record of each item": (vin, item) then performed_at backwards
    CONSTRAINT service_record_idempotency_key UNIQUE (vin, item, performed_at)
);

-- The maintenance history of a vehicle, newest first; item makes the order total without a sort.
CREATE INDEX service_record_vin_time_idx ON service_record (vin, performed_at DESC, item);

-- The first odometer, engine hours and time Pitwall saw of each vehicle: the basis of every item that has no
-- service record yet. Kept here rather than read from the oldest telemetry row, because that row does not last
-- (TimescaleDB's retention drops telemetry after 400 days, V3) and finding it means probing the vehicle's
-- telemetry partitions or decompressing chunks, where this is one primary-key lookup.
CREATE TABLE vehicle_first_report (
    vin               text              PRIMARY KEY,
    first_event_time  timestamptz       NOT NULL,
    odometer_km       double precision,
    engine_hours      double precision,
    recorded_at       timestamptz       NOT NULL DEFAULT now()
);

-- Filled by the database itself when a vehicle's first state arrives, whoever writes vehicle_state (the stream
-- job today), so no writer can forget it. A vehicle whose first state lacks the odometer or engine hours gets
-- them from the first later state that has them. SECURITY DEFINER: a writer allowed to upsert vehicle_state
-- needs no grant on this table.
CREATE FUNCTION pitwall_note_first_report() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO vehicle_first_report AS f (vin, first_event_time, odometer_km, engine_hours)
    VALUES (NEW.vin, NEW.last_event_time, NEW.odometer_km, NEW.engine_hours)
    ON CONFLICT (vin) DO UPDATE SET
        odometer_km = COALESCE(f.odometer_km, EXCLUDED.odometer_km),
        engine_hours = COALESCE(f.engine_hours, EXCLUDED.engine_hours)
    WHERE (f.odometer_km IS NULL AND EXCLUDED.odometer_km IS NOT NULL)
       OR (f.engine_hours IS NULL AND EXCLUDED.engine_hours IS NOT NULL);
    RETURN NULL;
END;
$$;

-- Once per vehicle, plus the rare update that brings a first odometer or engine hours; the stream job's
-- ordinary upserts fail the WHEN test and never call the function.
CREATE TRIGGER vehicle_first_report_on_insert
    AFTER INSERT ON vehicle_state
    FOR EACH ROW EXECUTE FUNCTION pitwall_note_first_report();

CREATE TRIGGER vehicle_first_report_on_first_readings
    AFTER UPDATE OF odometer_km, engine_hours ON vehicle_state
    FOR EACH ROW
    WHEN ((OLD.odometer_km IS NULL AND NEW.odometer_km IS NOT NULL)
       OR (OLD.engine_hours IS NULL AND NEW.engine_hours IS NOT NULL))
    EXECUTE FUNCTION pitwall_note_first_report();

-- Vehicles that reported before this migration: their oldest telemetry still kept (one index probe per vehicle
-- and value), or else their current state.
INSERT INTO vehicle_first_report (vin, first_event_time, odometer_km, engine_hours)
SELECT v.vin,
       LEAST(t.event_time, v.last_event_time), -- LEAST ignores a NULL
       COALESCE(o.odometer_km, v.odometer_km),
       COALESCE(h.engine_hours, v.engine_hours)
FROM vehicle_state v
LEFT JOIN LATERAL (SELECT event_time FROM telemetry
                   WHERE vin = v.vin ORDER BY event_time LIMIT 1) t ON true
LEFT JOIN LATERAL (SELECT odometer_km FROM telemetry
                   WHERE vin = v.vin AND odometer_km IS NOT NULL ORDER BY event_time LIMIT 1) o ON true
LEFT JOIN LATERAL (SELECT engine_hours FROM telemetry
                   WHERE vin = v.vin AND engine_hours IS NOT NULL ORDER BY event_time LIMIT 1) h ON true
ON CONFLICT (vin) DO NOTHING;
