package dev.pitwall.core.topic;

/** How a value is turned into bytes on a topic and back; Kafka serdes in other modules wrap one of these. */
public interface WireFormat<T> {

    byte[] encode(T value);

    T decode(byte[] bytes);
}
