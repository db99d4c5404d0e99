-- The API's transactional outbox (docs/outbox.md) and each vehicle's consent to location-based marketing.

-- Events the API owes Kafka. A row is written in the same transaction as the fact it announces (a service record,
-- a consent change), so the event exists exactly when the fact does; the API's OutboxRelay sends rows in id order
-- and marks them published once Kafka acknowledged them. Rows of one (topic, record_key) are sent in id order: a
-- later row waits while an earlier one of the same key is unpublished.
CREATE TABLE event_outbox (
    id               bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- a topic of core's Topics registry, e.g. 'service-records.v1'
    topic            text         NOT NULL CHECK (topic <> ''),
    -- the record's key before encoding with the topic's key format (a VIN for every topic so far)
    record_key       text         NOT NULL,
    -- the record's value exactly as the topic's value format encoded it; JSON topics read it with
    -- convert_from(payload, 'UTF8')
    payload          bytea        NOT NULL,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    -- set once Kafka acknowledged the record (acks=all); NULL while it is pending
    published_at     timestamptz,
    -- sends tried so far, including the one that succeeded
    attempts         integer      NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    -- why the last send failed; cleared when a send succeeds
    last_error       text,
    -- a failed row waits until then (exponential backoff); a new row is due at once
    next_attempt_at  timestamptz  NOT NULL DEFAULT now()
);

-- What the relay scans, oldest first: only pending rows, so the index stays small however many rows were sent.
CREATE INDEX event_outbox_pending_idx ON event_outbox (id) WHERE published_at IS NULL;

-- "Is an earlier row of this key still pending?": the per-key order check of every row the relay considers.
CREATE INDEX event_outbox_pending_key_idx ON event_outbox (topic, record_key, id) WHERE published_at IS NULL;

-- The current consent of each vehicle to location-based marketing (core's MarketingConsent): granted or withdrawn
-- by the subscriber at changed_at. The stream job learns of every change through marketing-consents.v1.
CREATE TABLE marketing_consent (
    vin            text         PRIMARY KEY,
    subscriber_id  text         NOT NULL CHECK (subscriber_id <> ''),
    granted        boolean      NOT NULL,
    -- when the subscriber gave or withdrew it (the caller's statement)
    changed_at     timestamptz  NOT NULL,
    -- when Pitwall stored this state
    updated_at     timestamptz  NOT NULL DEFAULT now()
);

-- Every consent change as it was recorded, never rewritten: the evidence of who consented to what and when
-- (GDPR Art. 7(1): the controller must be able to demonstrate consent). The current state is its newest row.
CREATE TABLE marketing_consent_history (
    id             bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vin            text         NOT NULL,
    subscriber_id  text         NOT NULL CHECK (subscriber_id <> ''),
    granted        boolean      NOT NULL,
    changed_at     timestamptz  NOT NULL,
    recorded_at    timestamptz  NOT NULL DEFAULT now(),
    -- the authenticated caller who recorded it (the token's subject)
    recorded_by    text         NOT NULL
);

-- A vehicle's consent history, newest first.
CREATE INDEX marketing_consent_history_vin_idx ON marketing_consent_history (vin, id DESC);

-- Append-only: the history is evidence, so no writer may change or delete a row of it. Erasing a subscriber's data
-- when retention ends is a deliberate maintenance step (ALTER TABLE ... DISABLE TRIGGER, delete, enable), not
-- something application code can do by accident.
CREATE FUNCTION pitwall_consent_history_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'marketing_consent_history is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER marketing_consent_history_append_only
    BEFORE UPDATE OR DELETE ON marketing_consent_history
    FOR EACH ROW EXECUTE FUNCTION pitwall_consent_history_append_only();
