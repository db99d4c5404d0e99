package dev.pitwall.api.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.api.outbox.OutboxRow.OrderingKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboxKeyOrderTest {

    static final String TOPIC = "marketing-consents.v1";

    @Test
    void keepsEveryClaimedRowOfAKeyWithNothingPendingElsewhere() {
        List<OutboxRow> claimed = List.of(row(1, "A"), row(2, "B"), row(3, "A"));

        assertThat(OutboxKeyOrder.sendable(claimed, Map.of())).containsExactlyElementsOf(claimed);
    }

    @Test
    void holdsBackRowsOfAKeyBehindAnEarlierRowThisRoundDidNotClaim() {
        // row 2 of A is held by another relay: A's rows 1 may go, 3 and 5 must wait; B is not affected
        List<OutboxRow> claimed = List.of(row(1, "A"), row(3, "A"), row(4, "B"), row(5, "A"));

        List<OutboxRow> sendable = OutboxKeyOrder.sendable(claimed, Map.of(new OrderingKey(TOPIC, "A"), 2L));

        assertThat(sendable).extracting(OutboxRow::id).containsExactly(1L, 4L);
    }

    @Test
    void ordersPerTopicAndKeyNotPerKeyAlone() {
        OutboxRow otherTopic = new OutboxRow(3, "service-records.v1", "A", new byte[0], 0);

        List<OutboxRow> sendable = OutboxKeyOrder.sendable(List.of(row(4, "A"), otherTopic),
                Map.of(new OrderingKey(TOPIC, "A"), 1L));

        assertThat(sendable).containsExactly(otherTopic);
    }

    private static OutboxRow row(long id, String key) {
        return new OutboxRow(id, TOPIC, key, new byte[0], 0);
    }
}
