-- Proactive service prompts (docs/service-prompts.md): one per service-due lead of a subscribed vehicle, sent at a
-- time the subscriber accepts, and the funnel it starts: prompted -> opened -> booked -> completed.

CREATE TABLE service_prompt (
    lead_id        uuid         PRIMARY KEY REFERENCES service_lead,
    subscriber_id  text         NOT NULL,
    vin            text         NOT NULL,
    -- when it may go: at once, or the end of the quiet hours it fell into
    due_at         timestamptz  NOT NULL,
    status         text         NOT NULL CHECK (status IN ('PLANNED', 'PROMPTED', 'SKIPPED')),
    -- why a planned prompt was not sent, e.g. LEAD_CLOSED
    skip_reason    text,
    planned_at     timestamptz  NOT NULL DEFAULT now(),
    prompted_at    timestamptz,
    -- the subscriber followed the deep link (the portal fetched the pre-filled booking)
    opened_at      timestamptz,
    CHECK ((status = 'PROMPTED') = (prompted_at IS NOT NULL)),
    CHECK ((status = 'SKIPPED') = (skip_reason IS NOT NULL))
);

-- What the prompt runner scans: only planned prompts.
CREATE INDEX service_prompt_due_idx ON service_prompt (due_at) WHERE status = 'PLANNED';
-- The funnel over a period.
CREATE INDEX service_prompt_prompted_idx ON service_prompt (prompted_at) WHERE status = 'PROMPTED';
-- Bookings that answer a lead, for the funnel's booked and completed steps.
CREATE INDEX booking_lead_idx ON booking (lead_id) WHERE lead_id IS NOT NULL;
