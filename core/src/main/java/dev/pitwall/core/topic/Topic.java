package dev.pitwall.core.topic;

/** A Kafka topic paired with the formats of its keys and values. Topics are versioned by name. */
public record Topic<K, V>(String name, WireFormat<K> keyFormat, WireFormat<V> valueFormat) {
}
