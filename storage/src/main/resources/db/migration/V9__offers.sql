-- Geo-targeted offers from the stream job (core's OfferTracker, docs/geo-offers.md): one row per offer sent to a
-- vehicle's subscriber. offer_id is derived from what triggered the offer (vin, campaign, event time, POI, lead), so
-- a replay after a recovery produces the same ids and the sink's insert-or-ignore writes each offer once. Every
-- time here is event time, never the clock of the writer.
--
-- status is SENT when the job writes the row; OPENED, REDEEMED and EXPIRED are for the engagement features that
-- come later (the driver opened it, redeemed it at the partner, it lapsed unused). The stream job never updates a
-- row, so those later writers own status alone.
CREATE TABLE offer (
    offer_id       uuid              PRIMARY KEY,
    vin            text              NOT NULL,
    -- whose consent to location-based marketing allowed it (marketing-consents.v1)
    subscriber_id  text              NOT NULL,
    kind           text              NOT NULL CHECK (kind IN ('FUEL', 'SERVICE')),
    campaign_id    text              NOT NULL CHECK (campaign_id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'
                                                     AND length(campaign_id) <= 64),
    -- the partner station or workshop, as named in the POI catalog when the offer was made
    poi_id         text              NOT NULL,
    poi_name       text              NOT NULL,
    brand          text              NOT NULL,
    distance_km    double precision  NOT NULL CHECK (distance_km >= 0),
    -- where the vehicle was
    latitude       double precision  NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude      double precision  NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    -- the service lead a SERVICE offer answers; NULL for FUEL
    lead_id        text,
    -- one sentence for the driver: "Fuel at 14 %: Nordstern Leopoldstraße, a Nordstern partner station 2.4 km ..."
    message        text              NOT NULL,
    status         text              NOT NULL DEFAULT 'SENT'
                                     CHECK (status IN ('SENT', 'OPENED', 'REDEEMED', 'EXPIRED')),
    created_at     timestamptz       NOT NULL,
    expires_at     timestamptz       NOT NULL,
    CONSTRAINT offer_expiry_check CHECK (expires_at > created_at),
    CONSTRAINT offer_lead_check CHECK ((kind = 'SERVICE') = (lead_id IS NOT NULL))
);

-- All offers newest first, optionally of one kind (GET /api/v1/offers).
CREATE INDEX offer_time_idx ON offer (created_at DESC, offer_id);

-- One vehicle's offers over time (GET /api/v1/offers?vin=...).
CREATE INDEX offer_vin_time_idx ON offer (vin, created_at DESC, offer_id);

-- One campaign's offers over time: what marketers measure (GET /api/v1/offers?campaign=...).
CREATE INDEX offer_campaign_time_idx ON offer (campaign_id, created_at DESC, offer_id);

-- Offers still usable (GET /api/v1/offers?active=true): not yet redeemed or marked expired, and expires_at ahead.
-- A partial index on the status keeps it to the offers nobody has closed; its expires_at range then finds the few
-- that have not lapsed, however many old SENT rows a job that marks them EXPIRED has not reached yet.
CREATE INDEX offer_active_idx ON offer (expires_at, created_at DESC, offer_id) WHERE status IN ('SENT', 'OPENED');
