/** Pitwall's engagement domain: what turns leads into bookings and campaigns, free of any web framework. */
package dev.pitwall.engagement;
