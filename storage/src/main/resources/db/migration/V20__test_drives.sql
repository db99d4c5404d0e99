-- Test drives at dealers (docs/test-drives.md): the "where" of a repurchase recommendation, booked like a workshop
-- visit but on a dealer's demo car of one model instead of a workshop bay, and never written into a service book.

CREATE TABLE test_drive (
    test_drive_id  uuid         PRIMARY KEY,
    -- who drives: the subscriber of the vehicle whose recommendation led here
    subscriber_id  text         NOT NULL CHECK (subscriber_id <> ''),
    -- that subscribed vehicle (a test drive is not of this vehicle but of a model the subscriber might take next)
    vin            text         NOT NULL,
    -- a model of the repurchase model catalog (pitwall.repurchase.catalog-file), by its id
    model_id       text         NOT NULL CHECK (model_id <> ''),
    -- a DEALER point of interest selling the model's brand, by its id in the POI catalog
    dealer_id      text         NOT NULL CHECK (dealer_id <> ''),
    -- which of the dealer's demo cars of the model, from 1 (pitwall.test-drives.demo-cars-per-model)
    demo_car       smallint     NOT NULL CHECK (demo_car >= 1),
    starts_at      timestamptz  NOT NULL,
    ends_at        timestamptz  NOT NULL,
    status         text         NOT NULL CHECK (status IN ('BOOKED', 'CANCELLED', 'COMPLETED', 'NO_SHOW')),
    -- token subject of who booked it: the subscriber or an advisor on their behalf
    created_by     text         NOT NULL,
    -- token subject of who recorded the outcome (COMPLETED or NO_SHOW) or cancelled it
    changed_by     text,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    version        integer      NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at),
    -- a demo car is never out on two test drives at once: concurrent bookings serialise on this constraint and all
    -- but one fail (SQLSTATE 23P01), as workshop bays do in booking_bay_free
    CONSTRAINT test_drive_car_free EXCLUDE USING gist (
        dealer_id WITH =, model_id WITH =, demo_car WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&
    ) WHERE (status <> 'CANCELLED'),
    -- and nobody is booked into two test drives at once
    CONSTRAINT test_drive_subscriber_free EXCLUDE USING gist (
        subscriber_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&
    ) WHERE (status <> 'CANCELLED')
);

CREATE INDEX test_drive_subscriber_idx ON test_drive (subscriber_id, starts_at DESC);
CREATE INDEX test_drive_dealer_idx ON test_drive (dealer_id, starts_at);
