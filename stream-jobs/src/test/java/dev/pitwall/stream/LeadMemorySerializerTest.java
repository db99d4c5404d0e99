package dev.pitwall.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.core.lead.LeadMemory;
import dev.pitwall.core.lead.LeadPriority;
import dev.pitwall.core.lead.LeadReason;
import dev.pitwall.core.servicebook.ServiceItem;
import dev.pitwall.core.servicebook.ServiceRecord;
import dev.pitwall.core.servicebook.VehicleReading;
import java.time.Instant;
import java.util.List;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

class LeadMemorySerializerTest {

    static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");

    @Test
    void aMemoryComesBackEqual() throws Exception {
        LeadMemory memory = new LeadMemory("1PWTST00000000001", T0.plusSeconds(3600),
                new VehicleReading(T0, 1_000.0, null), new VehicleReading(T0.plusSeconds(3600), 1_050.5, 31.2),
                48.1, 11.5, List.of(new ServiceRecord(ServiceItem.OIL_SERVICE, T0, 900, 30.0)),
                List.of(new LeadMemory.Episode("id-1", LeadReason.SEVERE_DTC, "P0301", LeadPriority.HIGH, "", T0,
                        true)),
                List.of(new LeadMemory.ActiveCode("P0301", T0)),
                new LeadMemory.ServiceCheck(15_900.0, null, T0.plusSeconds(86_400)));
        DataOutputSerializer out = new DataOutputSerializer(256);
        LeadMemorySerializer.INSTANCE.serialize(memory, out);
        LeadMemory back = LeadMemorySerializer.INSTANCE.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
        assertThat(back).isEqualTo(memory);
        assertThat(LeadMemorySerializer.INSTANCE.snapshotConfiguration().restoreSerializer())
                .isSameAs(LeadMemorySerializer.INSTANCE);
    }

    @Test
    void anUnknownFormatIsRefusedWithItsVersion() {
        assertThatThrownBy(() -> LeadMemorySerializer.INSTANCE.fromBytes(new byte[] {9, '{', '}'}))
                .hasMessage("unknown lead memory format 9");
    }
}
