-- Notifications (docs/notifications.md): the messages Pitwall sends subscribers by e-mail, in-app inbox and webhook,
-- each traceable to the lead, campaign, offer, booking or renewal that caused it; the subscribers' channel
-- preferences with their history; and the webhook endpoints operators register.

-- A subscriber's explicit choice per channel and purpose (the current state). No row means no choice: SERVICE
-- messages are sent (they are part of the subscription contract, GDPR Art. 6(1)(b)), MARKETING messages are not
-- (they need consent, Art. 6(1)(a) and 7, and for e-mail the ePrivacy Directive's Art. 13). An opt-out always wins
-- (Art. 7(3): withdrawing is as easy as consenting; Art. 21(3): an objection to direct marketing is absolute).
CREATE TABLE notification_preference (
    subscriber_id  text         NOT NULL REFERENCES subscriber,
    channel        text         NOT NULL CHECK (channel IN ('EMAIL', 'IN_APP', 'WEBHOOK')),
    purpose        text         NOT NULL CHECK (purpose IN ('SERVICE', 'MARKETING')),
    opted_in       boolean      NOT NULL,
    -- where the choice was made: the preferences endpoint or an unsubscribe link
    source         text         NOT NULL CHECK (source IN ('PREFERENCES', 'UNSUBSCRIBE_LINK')),
    changed_at     timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (subscriber_id, channel, purpose)
);

-- Every choice as it was made, never rewritten: the evidence of who consented to what and when (Art. 7(1)).
CREATE TABLE notification_preference_history (
    id             bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subscriber_id  text         NOT NULL REFERENCES subscriber,
    channel        text         NOT NULL,
    purpose        text         NOT NULL,
    opted_in       boolean      NOT NULL,
    source         text         NOT NULL,
    -- the token subject that made it; for an unsubscribe link, the subscriber the signed token names
    recorded_by    text         NOT NULL,
    recorded_at    timestamptz  NOT NULL DEFAULT now()
);

CREATE INDEX notification_preference_history_subscriber_idx
    ON notification_preference_history (subscriber_id, id DESC);

-- Append-only like marketing_consent_history (V11): erasure at the end of retention is a deliberate maintenance step.
CREATE FUNCTION pitwall_notification_preference_history_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'notification_preference_history is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER notification_preference_history_append_only
    BEFORE UPDATE OR DELETE ON notification_preference_history
    FOR EACH ROW EXECUTE FUNCTION pitwall_notification_preference_history_append_only();

-- A receiver of WEBHOOK messages (e.g. the companion app's push backend). Removing one deactivates it, so the
-- messages that were sent to it keep their reference.
CREATE TABLE webhook_endpoint (
    webhook_id      uuid         PRIMARY KEY,
    url             text         NOT NULL CHECK (url ~ '^https?://'),
    -- the HMAC-SHA256 key of the Pitwall-Signature header; shown once, when the endpoint is created
    secret          text         NOT NULL CHECK (length(secret) >= 32),
    -- the cause kinds whose messages it receives
    events          text[]       NOT NULL CHECK (cardinality(events) > 0
                                     AND events <@ ARRAY['LEAD', 'CAMPAIGN', 'OFFER', 'BOOKING', 'RENEWAL']),
    description     text         NOT NULL DEFAULT '',
    active          boolean      NOT NULL DEFAULT true,
    created_by      text         NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    deactivated_at  timestamptz,
    CHECK (active = (deactivated_at IS NULL))
);

-- One message to one subscriber on one channel (for WEBHOOK: to one endpoint), and its delivery. Notifications
-- enqueues it in the caller's transaction; an IN_APP message is SENT by being stored, the dispatcher sends the
-- others: PENDING -> SENT, or retried with backoff until FAILED; SUPPRESSED when consent or an address is missing.
CREATE TABLE notification (
    notification_id     uuid         PRIMARY KEY,
    subscriber_id       text         NOT NULL REFERENCES subscriber,
    channel             text         NOT NULL CHECK (channel IN ('EMAIL', 'IN_APP', 'WEBHOOK')),
    purpose             text         NOT NULL CHECK (purpose IN ('SERVICE', 'MARKETING')),
    -- the endpoint of a WEBHOOK message; NULL for the other channels, and for a WEBHOOK message suppressed because
    -- no endpoint wanted it
    webhook_id          uuid         REFERENCES webhook_endpoint,
    template_id         text         NOT NULL,
    subject             text         NOT NULL,
    body                text         NOT NULL,
    deep_link           text,
    -- what caused it: every message is traceable to its lead, campaign (and A/B variant), offer, booking or renewal
    cause_kind          text         NOT NULL CHECK (cause_kind IN ('LEAD', 'CAMPAIGN', 'OFFER', 'BOOKING', 'RENEWAL')),
    cause_id            text         NOT NULL CHECK (cause_id <> ''),
    campaign_variant    text         CHECK (campaign_variant IS NULL OR cause_kind = 'CAMPAIGN'),
    status              text         NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'SUPPRESSED')),
    suppression_reason  text         CHECK (suppression_reason IN ('NO_CONSENT', 'UNSUBSCRIBED', 'NO_ADDRESS')),
    -- send attempts so far, including the one that succeeded
    attempts            integer      NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    -- when the dispatcher may try a PENDING message (next); also its lease while one dispatcher sends it
    next_attempt_at     timestamptz,
    last_error          text,
    created_at          timestamptz  NOT NULL DEFAULT now(),
    updated_at          timestamptz  NOT NULL DEFAULT now(),
    sent_at             timestamptz,
    -- the funnel: read in the inbox; opened and clicked are for e-mail and link tracking to come
    read_at             timestamptz,
    opened_at           timestamptz,
    clicked_at          timestamptz,
    CHECK ((status = 'SUPPRESSED') = (suppression_reason IS NOT NULL)),
    CHECK (status <> 'PENDING' OR next_attempt_at IS NOT NULL),
    CHECK ((status = 'SENT') = (sent_at IS NOT NULL)),
    CHECK (webhook_id IS NULL OR channel = 'WEBHOOK'),
    CHECK (webhook_id IS NOT NULL OR channel <> 'WEBHOOK' OR status = 'SUPPRESSED'),
    CHECK (read_at IS NULL OR channel = 'IN_APP')
);

-- Idempotent enqueue: one message per cause, subscriber, channel (and endpoint), so a replayed lead or campaign never
-- sends twice. The campaign variant is deliberately not part of it. A second enqueue finds the first message.
CREATE UNIQUE INDEX notification_dedup_idx ON notification (cause_kind, cause_id, subscriber_id, channel,
    COALESCE(webhook_id, '00000000-0000-0000-0000-000000000000'::uuid));

-- What the dispatcher scans: only pending messages, so the index stays small however many were sent.
CREATE INDEX notification_due_idx ON notification (next_attempt_at) WHERE status = 'PENDING';

-- A subscriber's inbox, newest first.
CREATE INDEX notification_inbox_idx ON notification (subscriber_id, created_at DESC, notification_id DESC)
    WHERE channel = 'IN_APP' AND status = 'SENT';

-- Tracing: a subscriber's messages, newest first (a cause's are found by notification_dedup_idx's prefix).
CREATE INDEX notification_subscriber_idx ON notification (subscriber_id, created_at DESC);
