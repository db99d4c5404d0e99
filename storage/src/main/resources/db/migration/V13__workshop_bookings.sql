-- Maintenance bookings at workshops (docs/bookings.md): bays, bookings that can never overlap on a bay, and the
-- stored responses that make a repeated Idempotency-Key return the first response.

-- The equality operators on text and smallint inside the exclusion constraint below need GiST support for scalar
-- types; btree_gist is a trusted extension (PostgreSQL 13+), so the schema owner may create it.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- How many vehicles a workshop (a WORKSHOP or DEALER point of interest, by its id in the POI file) can work on at
-- once, and how many courtesy cars it lends. A workshop without a row has the API's configured defaults.
CREATE TABLE workshop_capacity (
    workshop_id    text         PRIMARY KEY CHECK (workshop_id <> ''),
    bays           smallint     NOT NULL CHECK (bays BETWEEN 1 AND 100),
    courtesy_cars  smallint     NOT NULL DEFAULT 0 CHECK (courtesy_cars >= 0),
    updated_at     timestamptz  NOT NULL DEFAULT now()
);

-- A booked visit: one vehicle in one bay of one workshop from starts_at to ends_at. The work-order states follow
-- the visit (booked → checked in → inspecting → awaiting approval → in progress → ready → collected).
CREATE TABLE booking (
    booking_id           uuid         PRIMARY KEY,
    subscriber_id        text         NOT NULL CHECK (subscriber_id <> ''),
    vin                  text         NOT NULL,
    workshop_id          text         NOT NULL,
    bay                  smallint     NOT NULL CHECK (bay >= 1),
    -- service types of core's maintenance schedule (OIL_SERVICE, BRAKE_INSPECTION, ...)
    service_types        text[]       NOT NULL CHECK (cardinality(service_types) > 0),
    starts_at            timestamptz  NOT NULL,
    ends_at              timestamptz  NOT NULL,
    status               text         NOT NULL CHECK (status IN ('BOOKED', 'CHECKED_IN', 'INSPECTING',
                                          'AWAITING_APPROVAL', 'IN_PROGRESS', 'READY', 'COLLECTED', 'CANCELLED')),
    pickup_and_delivery  boolean      NOT NULL DEFAULT false,
    pickup_address       text,
    courtesy_car         boolean      NOT NULL DEFAULT false,
    -- the service-due lead the booking answers, when it came from one
    lead_id              uuid,
    -- who created it: the subscriber themselves or a service advisor on their behalf (token subject)
    created_by           text         NOT NULL,
    created_at           timestamptz  NOT NULL DEFAULT now(),
    updated_at           timestamptz  NOT NULL DEFAULT now(),
    -- optimistic concurrency for reschedule/cancel/state changes
    version              integer      NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at),
    CHECK (NOT pickup_and_delivery OR pickup_address IS NOT NULL),
    -- the database, not the application, guarantees that a bay never holds two live bookings at once: concurrent
    -- inserts of overlapping bookings serialise on this constraint and all but one fail (SQLSTATE 23P01)
    CONSTRAINT booking_bay_free EXCLUDE USING gist (
        workshop_id WITH =, bay WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&
    ) WHERE (status <> 'CANCELLED'),
    -- and a vehicle is never booked into two visits at once, at one workshop or two
    CONSTRAINT booking_vehicle_free EXCLUDE USING gist (
        vin WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&
    ) WHERE (status <> 'CANCELLED')
);

CREATE INDEX booking_subscriber_idx ON booking (subscriber_id, starts_at DESC);
CREATE INDEX booking_vin_idx ON booking (vin, starts_at DESC);
CREATE INDEX booking_workshop_idx ON booking (workshop_id, starts_at);

-- The first response to each (caller, Idempotency-Key). The row is inserted before the work in the same
-- transaction, so a concurrent request with the same key waits for it and then returns the stored response; a
-- request that failed rolled its row back and may be retried with the same key.
CREATE TABLE idempotent_request (
    caller             text         NOT NULL CHECK (caller <> ''),
    idempotency_key    text         NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
    -- the operation it was used for, e.g. 'POST /api/v1/bookings': a key is not reusable across operations
    operation          text         NOT NULL,
    -- SHA-256 of the request body: the same key with another body is refused (422)
    request_hash       bytea        NOT NULL,
    response_status    smallint,
    response_body      text,
    response_location  text,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, idempotency_key)
);

-- Expiry sweep of old keys.
CREATE INDEX idempotent_request_created_idx ON idempotent_request (created_at);
