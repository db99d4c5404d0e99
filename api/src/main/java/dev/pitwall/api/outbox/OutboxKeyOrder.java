package dev.pitwall.api.outbox;

import dev.pitwall.api.outbox.OutboxRow.OrderingKey;
import java.util.List;
import java.util.Map;

/** The per-key order rule: a row may be sent only when no earlier row of its key is pending elsewhere. */
final class OutboxKeyOrder {

    private OutboxKeyOrder() {
    }

    /**
     * The rows of {@code claimed} (in id order) that may be sent now: those of each key older than the key's first
     * pending row that this round did not claim ({@code firstUnclaimed}). A later row never overtakes an earlier one
     * that another relay holds or that was not due.
     */
    static List<OutboxRow> sendable(List<OutboxRow> claimed, Map<OrderingKey, Long> firstUnclaimed) {
        return claimed.stream()
                .filter(row -> {
                    Long first = firstUnclaimed.get(row.orderingKey());
                    return first == null || row.id() < first;
                })
                .toList();
    }
}
