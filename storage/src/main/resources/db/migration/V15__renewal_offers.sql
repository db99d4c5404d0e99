-- Renewal offers (docs/renewals.md): what a subscription costs, the warranties and insurances subscribers hold on
-- their vehicles, and the personalised offers to renew any of them before it ends.

-- The monthly fee of a subscription, what its renewal is priced from. A subscription without one is priced from the
-- API's plan price list (pitwall.renewals.plan-prices).
ALTER TABLE subscription
    ADD COLUMN monthly_price numeric(10, 2) CHECK (monthly_price >= 0),
    ADD COLUMN currency      char(3)        CHECK (currency ~ '^[A-Z]{3}$');

-- A warranty extension or an insurance a subscriber holds on a vehicle for a period.
CREATE TABLE coverage (
    coverage_id    uuid           PRIMARY KEY,
    subscriber_id  text           NOT NULL REFERENCES subscriber,
    vin            text           NOT NULL,
    kind           text           NOT NULL CHECK (kind IN ('WARRANTY', 'INSURANCE')),
    product_name   text           NOT NULL CHECK (product_name <> ''),
    starts_on      date           NOT NULL,
    ends_on        date           NOT NULL,
    monthly_price  numeric(10, 2) NOT NULL CHECK (monthly_price >= 0),
    currency       char(3)        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    status         text           NOT NULL CHECK (status IN ('ACTIVE', 'ENDED', 'CANCELLED')),
    created_at     timestamptz    NOT NULL DEFAULT now(),
    updated_at     timestamptz    NOT NULL DEFAULT now(),
    CHECK (ends_on > starts_on)
);

CREATE INDEX coverage_subscriber_idx ON coverage (subscriber_id, ends_on);
-- the renewal planner's scan: active products by end date
CREATE INDEX coverage_active_end_idx ON coverage (ends_on) WHERE status = 'ACTIVE';
CREATE INDEX subscription_active_end_idx ON subscription (ends_on) WHERE status = 'ACTIVE';

-- One offer per product, product end and stage (e.g. 60, 30, 7 days before): the id is derived from exactly that,
-- so planning again, or on two API instances at once, finds the offer already there.
CREATE TABLE renewal_offer (
    offer_id            uuid           PRIMARY KEY,
    subscriber_id       text           NOT NULL,
    vin                 text           NOT NULL,
    product_kind        text           NOT NULL CHECK (product_kind IN ('SUBSCRIPTION', 'WARRANTY', 'INSURANCE')),
    -- the subscription's or the coverage's id
    product_id          uuid           NOT NULL,
    product_name        text           NOT NULL,
    -- the product's end when the offer was made: the renewed term starts there
    product_ends_on     date           NOT NULL,
    stage_days          smallint       NOT NULL CHECK (stage_days >= 1),
    term_months         smallint       NOT NULL CHECK (term_months >= 1),
    renewed_until       date           NOT NULL,
    current_monthly     numeric(10, 2) NOT NULL,
    offered_monthly     numeric(10, 2) NOT NULL,
    currency            char(3)        NOT NULL,
    total_percent       smallint       NOT NULL,
    -- [{"code": "EARLY_RENEWAL", "percent": -10, "reason": "..."}]: why the price is what it is
    incentives          jsonb          NOT NULL,
    status              text           NOT NULL CHECK (status IN ('OFFERED', 'ACCEPTED', 'DECLINED', 'EXPIRED',
                                           'SUPERSEDED')),
    offered_at          timestamptz    NOT NULL DEFAULT now(),
    -- the first day it can no longer be accepted
    valid_until         date           NOT NULL,
    decided_at          timestamptz,
    decided_by          text,
    decline_reason      text,
    UNIQUE (product_kind, product_id, product_ends_on, stage_days)
);

CREATE INDEX renewal_offer_subscriber_idx ON renewal_offer (subscriber_id, offered_at DESC);
CREATE INDEX renewal_offer_open_idx ON renewal_offer (valid_until) WHERE status = 'OFFERED';
