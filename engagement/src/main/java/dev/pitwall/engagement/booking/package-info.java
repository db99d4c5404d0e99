/**
 * Maintenance booking without a web framework: how long services take, when a workshop is open, which slots it
 * can still offer, and the rules a booking must keep. The api module stores bookings and serves them over HTTP.
 */
package dev.pitwall.engagement.booking;
