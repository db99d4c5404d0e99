-- Campaigns for CRM marketers (docs/campaigns.md): segments over vehicle data, campaigns with A/B variants and a
-- control group, and each campaign's members with the variant they were assigned.

-- The model year a VIN's tenth character states, read in the 2010-2039 cycle exactly like core's VinModelYear (a
-- test compares the two for every code); NULL when the character is not a year code.
CREATE FUNCTION pitwall_model_year(vin text) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN NULLIF(position(substr(vin, 10, 1) IN 'ABCDEFGHJKLMNPRSTVWXY123456789'), 0) + 2009;

CREATE TABLE campaign (
    campaign_id      uuid         PRIMARY KEY,
    name             text         NOT NULL CHECK (name <> ''),
    -- the segment filter as the marketer sent it (engagement's Segment, JSON)
    segment          jsonb        NOT NULL,
    channel          text         NOT NULL CHECK (channel IN ('EMAIL', 'IN_APP')),
    -- [{"key": "A", "weight": 50, "subject": "...", "body": "..."}]: templates per variant
    variants         jsonb        NOT NULL,
    -- share of the audience that receives nothing and is measured against, in percent
    control_percent  smallint     NOT NULL CHECK (control_percent BETWEEN 0 AND 50),
    -- a campaign sends at most this many messages to one subscriber per cap_days, counting every campaign
    cap_messages     smallint     NOT NULL CHECK (cap_messages >= 1),
    cap_days         smallint     NOT NULL CHECK (cap_days >= 1),
    -- SCHEDULED: the segment is resolved and sent at send_at; EVENT: a member joins when the event happens to them
    trigger_type     text         NOT NULL CHECK (trigger_type IN ('SCHEDULED', 'EVENT')),
    send_at          timestamptz,
    trigger_event    text         CHECK (trigger_event IN ('LEAD_OPENED', 'OFFER_SENT', 'ALARM_RAISED')),
    status           text         NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'COMPLETED', 'CANCELLED')),
    created_by       text         NOT NULL,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    launched_at      timestamptz,
    CHECK ((trigger_type = 'SCHEDULED') = (send_at IS NOT NULL)),
    CHECK ((trigger_type = 'EVENT') = (trigger_event IS NOT NULL))
);

-- Who a campaign reached and how: one row per (campaign, subscriber, vehicle), whatever replays or relaunches do.
-- CONTROL members get nothing; CAPPED ones were due a message that the frequency cap held back.
CREATE TABLE campaign_member (
    campaign_id    uuid         NOT NULL REFERENCES campaign,
    subscriber_id  text         NOT NULL,
    vin            text         NOT NULL,
    -- a variant key of the campaign, or CONTROL
    variant        text         NOT NULL,
    outcome        text         NOT NULL CHECK (outcome IN ('PENDING', 'SENT', 'CONTROL', 'CAPPED', 'SUPPRESSED')),
    joined_at      timestamptz  NOT NULL DEFAULT now(),
    -- the message sent, when one was
    message_id     uuid         REFERENCES notification,
    sent_at        timestamptz,
    PRIMARY KEY (campaign_id, subscriber_id, vin)
);

CREATE INDEX campaign_member_pending_idx ON campaign_member (campaign_id) WHERE outcome = 'PENDING';
CREATE INDEX campaign_member_subscriber_idx ON campaign_member (subscriber_id, sent_at DESC);
