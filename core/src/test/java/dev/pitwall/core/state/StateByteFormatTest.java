package dev.pitwall.core.state;

import static dev.pitwall.core.state.StateFormatSamples.ALARM_EMPTY;
import static dev.pitwall.core.state.StateFormatSamples.ALARM_FULL;
import static dev.pitwall.core.state.StateFormatSamples.ALARM_RUNNING;
import static dev.pitwall.core.state.StateFormatSamples.CONSENT_FULL;
import static dev.pitwall.core.state.StateFormatSamples.CONSENT_NONE;
import static dev.pitwall.core.state.StateFormatSamples.OFFER_EMPTY;
import static dev.pitwall.core.state.StateFormatSamples.OFFER_FULL;
import static dev.pitwall.core.state.StateFormatSamples.PROFILE_EMPTY;
import static dev.pitwall.core.state.StateFormatSamples.PROFILE_FULL;
import static dev.pitwall.core.state.StateFormatSamples.PROFILE_PARTIAL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.alarm.AlarmMemory;
import dev.pitwall.core.offer.ConsentHistory;
import dev.pitwall.core.offer.OfferMemory;
import dev.pitwall.core.profile.DrivingProfileMemory;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the byte forms of the per-vehicle state types to what they were before they shared {@link VersionedBinary}:
 * each constant below is the hex of {@code toBytes()} of a {@link StateFormatSamples} value, captured from the
 * hand-written code each type had before. Checkpoints hold these bytes, so a difference here means a state
 * written by an older build no longer restores; change the format only with a new format version.
 */
class StateByteFormatTest {

    private static final String ALARM_FULL_HEX =
            "0100113150575453543030303030303030303031075bcd15000000006ae6f180000000000000002a075bcd1500000000"
            + "6ae6f3d8014027428f5c28f5c300075bcd15000000006ae6f144075bcd15000000006ae6f17f00000002000543303735"
            + "30075bcd15000000006ae6f180ffffffff00055030333031075bcd14000000006ae6f180075bcd15000000006ae6f180";
    private static final String ALARM_RUNNING_HEX =
            "0100113150575453543030303030303030303033075bcd15000000006ae6f1800000000000000000ffffffff0001ffff"
            + "ffffffffffff00000000";
    private static final String ALARM_EMPTY_HEX =
            "0100113150575453543030303030303030303032ffffffffffffffffffffffffffffffff00ffffffffffffffffff0000"
            + "0000";
    private static final String OFFER_FULL_HEX =
            "0100113150575453543030303030303030303031075bcd1a000000006ae6f180000000000000002a075bcd1500000000"
            + "6ae6f144075bcd15000000006ae6f1800000000200096c6561642d312dc3bc00066c6561642d32000000020012667565"
            + "6c2d706172746e65722d6168656164075bcd15000000006ae6f1800017736572766963652d776f726b73686f702d6e65"
            + "61726279075bcd15000000006ae6f181";
    private static final String OFFER_EMPTY_HEX =
            "0100113150575453543030303030303030303032ffffffffffffffffffffffffffffffffffffffff0000000000000000";
    private static final String CONSENT_FULL_HEX =
            "01000000020011315057545354303030303030303030303100057375622d3101000000006ae6f180075bcd9000113150"
            + "57545354303030303030303030303100067375622dc3a400000000006ae6f185075bcd15";
    private static final String CONSENT_NONE_HEX =
            "0100000000";
    private static final String PROFILE_FULL_HEX =
            "0100113150575453543030303030303030303031075bcd15000000006ae6f180000000000000002a0000000000005113"
            + "014056200000000000075bcd15000000006ae6f17f0140c3c5b333333333075bcd15000000006ae6f17e01404ec00000"
            + "0000000101404e0000000000000d075bcd15000000006ae6ef284028800000000000ffffffff075bcd15000000006ae6"
            + "f054075bcd15000000006ae6f176010000000000005116405edd2f1a9fbe7740b5188000000000404e20000000000040"
            + "29000000000000402180000000000040440000000000000000000100000003405e200000000000000000020000000103"
            + "070c11000100000000000051130000000000000000000000000000000000000000000000000000000000000000000000"
            + "0000000000000000000000000000000000000000000000000000000000000000000000000000";
    private static final String PROFILE_PARTIAL_HEX =
            "0100113150575453543030303030303030303033075bcd15000000006ae6f18000000000000000070000000000005116"
            + "00ffffffff014014000000000000075bcd15000000006ae6f18000000002ffffffff0000000000000000075bcd150000"
            + "00006ae6f180ffffffffffffffff000000";
    private static final String PROFILE_EMPTY_HEX =
            "0100113150575453543030303030303030303032ffffffffffffffffffffffff800000000000000000ffffffff00ffff"
            + "ffff00ff0000ffffffff0000000000000000ffffffffffffffffffffffff000000";

    static Stream<Arguments> samples() {
        return Stream.of(
                format("ALARM_FULL", ALARM_FULL, ALARM_FULL_HEX,
                        AlarmMemory::toBytes, AlarmMemory::fromBytes),
                format("ALARM_RUNNING", ALARM_RUNNING, ALARM_RUNNING_HEX,
                        AlarmMemory::toBytes, AlarmMemory::fromBytes),
                format("ALARM_EMPTY", ALARM_EMPTY, ALARM_EMPTY_HEX,
                        AlarmMemory::toBytes, AlarmMemory::fromBytes),
                format("OFFER_FULL", OFFER_FULL, OFFER_FULL_HEX,
                        OfferMemory::toBytes, OfferMemory::fromBytes),
                format("OFFER_EMPTY", OFFER_EMPTY, OFFER_EMPTY_HEX,
                        OfferMemory::toBytes, OfferMemory::fromBytes),
                format("CONSENT_FULL", CONSENT_FULL, CONSENT_FULL_HEX,
                        ConsentHistory::toBytes, ConsentHistory::fromBytes),
                format("CONSENT_NONE", CONSENT_NONE, CONSENT_NONE_HEX,
                        ConsentHistory::toBytes, ConsentHistory::fromBytes),
                format("PROFILE_FULL", PROFILE_FULL, PROFILE_FULL_HEX,
                        DrivingProfileMemory::toBytes, DrivingProfileMemory::fromBytes),
                format("PROFILE_PARTIAL", PROFILE_PARTIAL, PROFILE_PARTIAL_HEX,
                        DrivingProfileMemory::toBytes, DrivingProfileMemory::fromBytes),
                format("PROFILE_EMPTY", PROFILE_EMPTY, PROFILE_EMPTY_HEX,
                        DrivingProfileMemory::toBytes, DrivingProfileMemory::fromBytes));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void writesTheSameBytesAsBeforeAndReadsThemBack(String name, Format<?> format, String hex) {
        byte[] before = HexFormat.of().parseHex(hex);

        assertThat(HexFormat.of().formatHex(format.write())).isEqualTo(hex);
        assertThat(format.read(before)).isEqualTo(format.value());
    }

    private static <T> Arguments format(String name, T value, String hex, Function<T, byte[]> toBytes,
            Function<byte[], T> fromBytes) {
        return Arguments.of(name, new Format<>(value, toBytes, fromBytes), hex);
    }

    /** One sample value with its type's byte form. */
    private record Format<T>(T value, Function<T, byte[]> toBytes, Function<byte[], T> fromBytes) {

        byte[] write() {
            return toBytes.apply(value);
        }

        T read(byte[] bytes) {
            return fromBytes.apply(bytes);
        }
    }
}
