-- Failure predictions from the stream job's model, one row per (vehicle, component, message the features
-- came from). Keyed like that so that a replay after recovery writes the same rows again and changes nothing.
-- The job writes a row when a component's probability moved noticeably or a heartbeat passed
-- (PredictionHistoryPolicy), not for every message.
CREATE TABLE failure_prediction (
    vin                text              NOT NULL,
    component          text              NOT NULL CHECK (component IN
                           ('BATTERY', 'BRAKE_PADS', 'TIRES', 'ENGINE_OIL', 'COOLING', 'IGNITION')),
    seq                bigint            NOT NULL,
    event_time         timestamptz       NOT NULL,
    probability        double precision  NOT NULL CHECK (probability BETWEEN 0 AND 1),
    horizon_days       integer           NOT NULL CHECK (horizon_days > 0),
    expected_rul_days  double precision,
    model_version      text              NOT NULL,
    -- [{"feature": "battery.cranking_v.min_1d", "value": 9.91, "contribution": 1.7}, ...] strongest first
    top_features       jsonb             NOT NULL DEFAULT '[]',
    recorded_at        timestamptz       NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (vin, component, seq)
);

-- The API reads the newest prediction per component and a vehicle's recent history.
CREATE INDEX failure_prediction_vin_time_idx ON failure_prediction (vin, component, event_time DESC);
-- Operators and lead generation look for the riskiest vehicles.
CREATE INDEX failure_prediction_risk_idx ON failure_prediction (event_time DESC, probability DESC);
