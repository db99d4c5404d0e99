package dev.pitwall.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VersionedBinaryTest {

    @Test
    void readsBackWhatItWroteBehindTheVersionByte() {
        Instant t = Instant.parse("2026-11-01T08:00:00.123456789Z");
        byte[] bytes = VersionedBinary.write(3, 0, out -> {
            VersionedBinary.writeInstant(out, t);
            VersionedBinary.writeInstant(out, null);
            VersionedBinary.writeNullableDouble(out, 1.5);
            VersionedBinary.writeNullableDouble(out, null);
            VersionedBinary.writeNullableBoolean(out, false);
            VersionedBinary.writeNullableBoolean(out, null);
        });

        assertThat(bytes[0]).isEqualTo((byte) 3);
        Object[] read = VersionedBinary.read(bytes, 3, "test state", in -> new Object[] {
                VersionedBinary.readInstant(in), VersionedBinary.readInstant(in),
                VersionedBinary.readNullableDouble(in), VersionedBinary.readNullableDouble(in),
                VersionedBinary.readNullableBoolean(in), VersionedBinary.readNullableBoolean(in), in.read()});
        assertThat(read)
                .containsExactly(t, null, 1.5, null, false, null, -1);
    }

    @Test
    void refusesAnotherVersionNoBytesAndTooFewBytesNamingTheState() {
        byte[] v2 = VersionedBinary.write(2, 0, out -> out.writeLong(7));

        assertThatThrownBy(() -> VersionedBinary.read(v2, 1, "test state", in -> in.readLong()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test state: unknown format version 2 (this build reads 1)");
        assertThatThrownBy(() -> VersionedBinary.read(new byte[0], 1, "test state", in -> in.readLong()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("test state: truncated or corrupt bytes");
        assertThatThrownBy(() -> VersionedBinary.read(v2, 2, "test state", in -> in.readLong() + in.readLong()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("test state: truncated or corrupt bytes");
    }

    @Test
    void refusesACountOutsideItsBound() {
        assertThat(VersionedBinary.count(8, 8, "test state", "changes")).isEqualTo(8);
        assertThatThrownBy(() -> VersionedBinary.count(9, 8, "test state", "changes"))
                .hasMessage("test state: expected 0..8 changes, got 9");
        assertThatThrownBy(() -> VersionedBinary.count(-1, 8, "test state", "changes"))
                .hasMessage("test state: expected 0..8 changes, got -1");
    }
}
