-- Work orders of booked visits (docs/work-orders.md): the quotes a workshop sends and the customer decides, the
-- inspection checklist with its photos, who moved the order when, and the satisfaction survey. The order's state is
-- booking.status (V13); every change of it is a conditional UPDATE of the booking row (status and version in the
-- WHERE clause), which also serialises everything else a change writes here.

-- One row per version of a booking's quote: a revised quote is a new version and supersedes the pending one.
CREATE TABLE work_order_quote (
    booking_id      uuid          NOT NULL REFERENCES booking (booking_id),
    quote_version   integer       NOT NULL CHECK (quote_version >= 1),
    currency        char(3)       NOT NULL,
    note            text,
    status          text          NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'DECLINED', 'SUPERSEDED')),
    sent_by         text          NOT NULL,
    sent_at         timestamptz   NOT NULL DEFAULT now(),
    decided_by      text,
    decided_at      timestamptz,
    decision_comment text,
    PRIMARY KEY (booking_id, quote_version),
    CHECK ((status IN ('APPROVED', 'DECLINED')) = (decided_at IS NOT NULL))
);

-- at most one quote waits for the customer
CREATE UNIQUE INDEX work_order_quote_one_pending ON work_order_quote (booking_id) WHERE status = 'PENDING';

CREATE TABLE work_order_quote_line (
    booking_id      uuid           NOT NULL,
    quote_version   integer        NOT NULL,
    line_no         smallint       NOT NULL CHECK (line_no >= 1),
    description     text           NOT NULL CHECK (description <> ''),
    -- a service-book item (V7's names) or a part number, or neither
    service_type    text,
    part_number     text,
    labour          numeric(12, 2) NOT NULL CHECK (labour >= 0),
    parts           numeric(12, 2) NOT NULL CHECK (parts >= 0),
    mandatory       boolean        NOT NULL,
    -- set when the quote is decided: mandatory lines and the optional ones the customer chose are approved
    approved        boolean,
    PRIMARY KEY (booking_id, quote_version, line_no),
    FOREIGN KEY (booking_id, quote_version) REFERENCES work_order_quote (booking_id, quote_version),
    CHECK (service_type IS NULL OR part_number IS NULL)
);

-- One result per inspected item; version counts the changes (a stale write is refused).
CREATE TABLE work_order_checklist_item (
    booking_id      uuid          NOT NULL REFERENCES booking (booking_id),
    item            text          NOT NULL CHECK (item IN ('BRAKES', 'TYRES', 'FLUIDS', 'LIGHTS', 'BATTERY', 'WIPERS',
                                      'SUSPENSION', 'STEERING', 'EXHAUST', 'BODYWORK')),
    result          text          NOT NULL CHECK (result IN ('OK', 'ADVISORY', 'URGENT')),
    note            text,
    updated_by      text          NOT NULL,
    updated_at      timestamptz   NOT NULL DEFAULT now(),
    version         integer       NOT NULL DEFAULT 0,
    PRIMARY KEY (booking_id, item),
    CHECK (result = 'OK' OR note IS NOT NULL)
);

-- Photos of checklist items, bytes included: they commit and are backed up with their metadata, and every API
-- replica reads them without a shared volume. The CHECK on size_bytes is the hard cap behind the API's limit
-- (pitwall.work-orders.photos.max-size, 5 MB); move the bytes to object storage before raising it much.
CREATE TABLE work_order_photo (
    photo_id        uuid          PRIMARY KEY,
    booking_id      uuid          NOT NULL,
    item            text          NOT NULL,
    -- judged by the file's magic bytes, not by what the client declared
    content_type    text          NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
    size_bytes      integer       NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
    sha256          bytea         NOT NULL,
    content         bytea         NOT NULL,
    file_name       text,
    uploaded_by     text          NOT NULL,
    uploaded_at     timestamptz   NOT NULL DEFAULT now(),
    FOREIGN KEY (booking_id, item) REFERENCES work_order_checklist_item (booking_id, item),
    CHECK (octet_length(content) = size_bytes)
);

CREATE INDEX work_order_photo_item_idx ON work_order_photo (booking_id, item, uploaded_at);

-- Who moved the order from what to what, and when: one row per accepted action, written in the transaction that
-- made the change.
CREATE TABLE work_order_event (
    event_id        bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    booking_id      uuid          NOT NULL REFERENCES booking (booking_id),
    action          text          NOT NULL,
    from_status     text          NOT NULL,
    to_status       text          NOT NULL,
    actor           text          NOT NULL,
    quote_version   integer,
    detail          text,
    occurred_at     timestamptz   NOT NULL DEFAULT now()
);

CREATE INDEX work_order_event_booking_idx ON work_order_event (booking_id, event_id);

-- The satisfaction survey: at most one per visit (the primary key), answered after collection.
CREATE TABLE work_order_survey (
    booking_id      uuid          PRIMARY KEY REFERENCES booking (booking_id),
    rating          smallint      NOT NULL CHECK (rating BETWEEN 1 AND 5),
    recommend       smallint      CHECK (recommend BETWEEN 0 AND 10),
    comment         text,
    submitted_by    text          NOT NULL,
    submitted_at    timestamptz   NOT NULL DEFAULT now()
);
