package dev.pitwall.api.workorder;

import dev.pitwall.api.security.Caller;
import dev.pitwall.api.security.Role;
import dev.pitwall.engagement.workorder.Party;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which work-order parties a caller acts as: service advisors are the workshop, a subscriber is the customer, and
 * operators are both (they decide a quote on a subscriber's behalf, e.g. on the phone). Which booking they may act
 * on at all is the booking's visibility rule.
 */
final class Parties {

    private Parties() {
    }

    static Set<Party> of(Caller caller) {
        Set<Party> parties = EnumSet.noneOf(Party.class);
        if (caller.has(Role.SERVICE_ADVISOR) || caller.has(Role.OPERATOR)) {
            parties.add(Party.WORKSHOP);
        }
        if (caller.has(Role.SUBSCRIBER) || caller.has(Role.OPERATOR)) {
            parties.add(Party.CUSTOMER);
        }
        return parties;
    }
}
