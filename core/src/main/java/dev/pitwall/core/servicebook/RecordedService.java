package dev.pitwall.core.servicebook;

import java.util.Objects;

/**
 * A service record as published on {@code service-records.v1} (key = VIN): the API writes the record and then
 * publishes it, so that the stream's service book starts the item's interval again and resolves its lead.
 * Delivery is at least once; {@code (vin, record.item, record.performedAt)} identifies it.
 */
public record RecordedService(String vin, ServiceRecord record) {

    public RecordedService {
        Objects.requireNonNull(vin, "vin");
        Objects.requireNonNull(record, "record");
    }
}
