package dev.pitwall.api.outbox;

/**
 * A pending row of {@code event_outbox} as the relay sends it.
 *
 * @param attempts sends tried before this one
 */
record OutboxRow(long id, String topic, String key, byte[] payload, int attempts) {

    /** The rows whose relative order Kafka keeps: one topic, one key (hence one partition). */
    OrderingKey orderingKey() {
        return new OrderingKey(topic, key);
    }

    @Override
    public String toString() {
        return "OutboxRow[id=" + id + ", topic=" + topic + ", key=" + key + ", attempts=" + attempts + "]";
    }

    /** A topic and a record key: the unit of order. */
    record OrderingKey(String topic, String key) {
    }
}
