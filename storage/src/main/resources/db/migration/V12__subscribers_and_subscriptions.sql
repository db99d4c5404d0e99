-- Subscribers of the car-subscription service and the subscriptions through which they own vehicles
-- (docs/identity-and-access.md). Ownership is what a subscriber's token may see: the vehicles of their ACTIVE
-- subscriptions, and nothing else.

-- A subscriber is identified by the subject (sub claim) of the tokens the identity provider issues for them.
CREATE TABLE subscriber (
    subscriber_id  text         PRIMARY KEY CHECK (subscriber_id <> ''),
    display_name   text         NOT NULL CHECK (display_name <> ''),
    email          text         NOT NULL CHECK (position('@' IN email) > 1),
    created_at     timestamptz  NOT NULL DEFAULT now()
);

-- A subscriber's plan on one vehicle for a period. Renewal offers are built from ends_on.
CREATE TABLE subscription (
    subscription_id  uuid         PRIMARY KEY,
    subscriber_id    text         NOT NULL REFERENCES subscriber,
    vin              text         NOT NULL CHECK (vin ~ '^[A-HJ-NPR-Z0-9]{17}$'),
    plan             text         NOT NULL CHECK (plan <> ''),
    starts_on        date         NOT NULL,
    ends_on          date         NOT NULL,
    status           text         NOT NULL CHECK (status IN ('ACTIVE', 'ENDED', 'CANCELLED')),
    created_at       timestamptz  NOT NULL DEFAULT now(),
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    CHECK (ends_on > starts_on)
);

-- A vehicle is subscribed by one subscriber at a time: a second ACTIVE subscription of a VIN is refused.
CREATE UNIQUE INDEX subscription_one_active_per_vin ON subscription (vin) WHERE status = 'ACTIVE';

-- The ownership check of every subscriber request: "does this subject hold an active subscription of this VIN?"
CREATE INDEX subscription_owner_idx ON subscription (subscriber_id, vin) WHERE status = 'ACTIVE';
