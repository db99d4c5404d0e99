-- Service-due leads (core's LeadTracker, docs/service-leads.md): the stream opens a lead when a service item falls
-- due, a failure prediction crosses its threshold or a severe trouble code stays active; at most one open lead
-- per vehicle, reason and subject. The stream owns what the lead says (priority, evidence, workshops) and when its
-- condition ended; service advisors own the lifecycle through the API:
--
--   OPEN ─▶ CONTACTED ─▶ BOOKED ─▶ CLOSED          (CLOSED also straight from OPEN or CONTACTED)
--     └──────────┴─▶ EXPIRED (the stream, once the lead stayed open past its expiry)
--
-- When the stream sees the condition end (service recorded, code gone) it closes the lead whatever its status,
-- unless it is CLOSED or EXPIRED already. Every time written by the stream is event time.
CREATE TABLE service_lead (
    lead_id            uuid         PRIMARY KEY,
    vin                text         NOT NULL,
    reason             text         NOT NULL CHECK (reason IN ('SERVICE_DUE', 'FAILURE_PREDICTED', 'SEVERE_DTC')),
    -- the service item, component or trouble code the lead is about
    subject            text         NOT NULL,
    priority           text         NOT NULL CHECK (priority IN ('URGENT', 'HIGH', 'MEDIUM', 'LOW')),
    status             text         NOT NULL DEFAULT 'OPEN'
                           CHECK (status IN ('OPEN', 'CONTACTED', 'BOOKED', 'CLOSED', 'EXPIRED')),
    -- a ServiceItem name, '' when any workshop can diagnose it
    suggested_service  text         NOT NULL,
    evidence           text         NOT NULL,
    latitude           double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude          double precision CHECK (longitude BETWEEN -180 AND 180),
    -- [{"poiId": "ws-001", "name": "…", "brand": "…", "distanceKm": 1.8}], nearest first
    workshops          jsonb        NOT NULL DEFAULT '[]',
    opened_at          timestamptz  NOT NULL,
    -- event time of the newest event the stream wrote (opened, escalated)
    updated_at         timestamptz  NOT NULL,
    -- event time the stream saw the condition end
    resolved_at        timestamptz,
    closed_at          timestamptz,
    -- RESOLVED (condition ended), EXPIRED, or what the advisor gave when closing it
    close_reason       text,
    -- wall-clock time of the newest status change, for the advisor's view
    status_changed_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT service_lead_closed_check CHECK ((status IN ('CLOSED', 'EXPIRED')) = (closed_at IS NOT NULL))
);

-- The advisor's work list: open leads by priority, newest first (GET /api/v1/leads?status=OPEN).
CREATE INDEX service_lead_status_idx ON service_lead (status, priority, opened_at DESC);
-- A vehicle's leads, newest first.
CREATE INDEX service_lead_vin_idx ON service_lead (vin, opened_at DESC);

-- What happened to each lead, in order: the stream's events (OPENED, ESCALATED, RESOLVED, EXPIRED, keyed by their
-- event time so that a replay adds nothing) and the API's status changes (STATUS, with who and why).
CREATE TABLE service_lead_event (
    id         bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    lead_id    uuid         NOT NULL,
    event      text         NOT NULL CHECK (event IN ('OPENED', 'ESCALATED', 'RESOLVED', 'EXPIRED', 'STATUS')),
    at         timestamptz  NOT NULL,
    -- the status after a STATUS event, null for the stream's events
    status     text,
    priority   text,
    detail     text         NOT NULL DEFAULT '',
    -- 'stream', or the subject of the advisor's token
    actor      text         NOT NULL,
    CONSTRAINT service_lead_event_status_check CHECK ((event = 'STATUS') = (status IS NOT NULL))
);
CREATE UNIQUE INDEX service_lead_event_stream_key ON service_lead_event (lead_id, event, at) WHERE event <> 'STATUS';
CREATE INDEX service_lead_event_lead_idx ON service_lead_event (lead_id, id);
