-- Visit reminders (docs/bookings.md#messages-to-the-subscriber): every few minutes the API looks for the BOOKED
-- visits that start within the reminder lead (24 h). This keeps that scan to the visits still ahead of their check-in.
CREATE INDEX booking_booked_start_idx ON booking (starts_at) WHERE status = 'BOOKED';
