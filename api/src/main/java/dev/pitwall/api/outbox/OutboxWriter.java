package dev.pitwall.api.outbox;

import dev.pitwall.core.topic.Topic;
import dev.pitwall.core.topic.Topics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues a Kafka record in {@code event_outbox} inside the caller's transaction, so the record exists exactly when
 * the fact it announces does: both commit or neither. {@link OutboxRelay} sends it later, at least once.
 *
 * <p>Records of one key reach Kafka in the order of their rows. A caller that needs its key's records in the order
 * of its facts holds a lock that serializes the writers of that key (a row lock, an advisory lock) before it
 * appends, so that the row order is the commit order.
 */
@Component
public class OutboxWriter {

    static final String INSERT_SQL = """
            INSERT INTO event_outbox (topic, record_key, payload) VALUES (:topic, :key, :payload) RETURNING id""";

    private final JdbcClient jdbc;

    public OutboxWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues {@code value} for {@code topic} with {@code key}, encoded now with the topic's value format. Must run
     * in a transaction (Spring refuses the call otherwise): outside one, the record would commit on its own.
     *
     * @return the row's id, which is also the record's {@code pitwall.outbox.id} header
     * @throws IllegalArgumentException when the topic is not one of core's {@link Topics}, which the relay could
     *                                  not send
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <V> long append(Topic<String, V> topic, String key, V value) {
        if (Topics.byName(topic.name()) != topic) {
            throw new IllegalArgumentException("topic '" + topic.name() + "' is not the one registered in Topics");
        }
        topic.keyFormat().encode(key); // a key the relay could not encode fails here, in the caller's transaction
        return jdbc.sql(INSERT_SQL)
                .param("topic", topic.name())
                .param("key", key)
                .param("payload", topic.valueFormat().encode(value))
                .query(Long.class)
                .single();
    }
}
