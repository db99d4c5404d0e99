package dev.pitwall.engagement.workorder;

import java.util.Set;

/**
 * What may happen to a work order, each with the parties that may do it. Stored by name in the history
 * ({@code work_order_event.action}), so never rename one.
 */
public enum WorkOrderAction {
    CHECK_IN("check in", Set.of(Party.WORKSHOP)),
    START_INSPECTION("start the inspection of", Set.of(Party.WORKSHOP)),
    SEND_QUOTE("send a quote for", Set.of(Party.WORKSHOP)),
    APPROVE_QUOTE("approve the quote of", Set.of(Party.CUSTOMER)),
    DECLINE_QUOTE("decline the quote of", Set.of(Party.CUSTOMER)),
    START_WORK("start work on", Set.of(Party.WORKSHOP)),
    MARK_READY("mark ready", Set.of(Party.WORKSHOP)),
    COLLECT("hand over", Set.of(Party.WORKSHOP)),
    CANCEL("cancel", Set.of(Party.WORKSHOP, Party.CUSTOMER));

    private final String verb;
    private final Set<Party> parties;

    WorkOrderAction(String verb, Set<Party> parties) {
        this.verb = verb;
        this.parties = parties;
    }

    /** How a message names the action, e.g. "start work on" (a work order). */
    public String verb() {
        return verb;
    }

    /** Whether one of {@code acting} may take this action. */
    public boolean mayBeTakenBy(Set<Party> acting) {
        return acting.stream().anyMatch(parties::contains);
    }
}
