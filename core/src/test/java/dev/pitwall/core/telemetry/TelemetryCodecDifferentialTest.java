package dev.pitwall.core.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The evidence that the fast path is safe: for every golden payload and thousands of seeded mutations of valid
 * ones, whenever the fast path accepts a payload, the full JSON Schema validation accepts it too and the old
 * tree-based decoding gives the same message. And it must not be vacuously unsure about everything.
 */
class TelemetryCodecDifferentialTest {

    private static final long SEED = 20261123L;
    private static final int MUTATIONS = 8_000;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final TelemetryCodec codec = new TelemetryCodec();

    @Test
    void fastPathAcceptsEveryValidGoldenPayloadInCanonicalUtcForm() throws Exception {
        for (Path file : golden("valid")) {
            byte[] payload = Files.readAllBytes(file);
            var authoritative = (DecodeResult.Valid) codec.decodeWithSchema(payload);
            Telemetry fast = codec.decodeFast(payload);
            if (new String(payload, StandardCharsets.UTF_8).contains("+02:00")) {
                // offset-time-and-future-signal.json: valid, but only the canonical ...Z form is fast
                assertThat(fast).as(file.toString()).isNull();
            } else {
                assertThat(fast).as(file.toString()).isEqualTo(authoritative.telemetry());
            }
            assertAgree(payload);
        }
    }

    @Test
    void fastPathAcceptsNoInvalidGoldenPayload() throws Exception {
        for (Path file : golden("invalid")) {
            byte[] payload = Files.readAllBytes(file);
            assertThat(codec.decodeFast(payload)).as(file.toString()).isNull();
            assertAgree(payload);
        }
    }

    @Test
    void fastPathNeverAcceptsWhatTheSchemaRejectsAndDecodesTheSameMessage() throws Exception {
        var mutator = new TelemetryPayloadMutator(SEED);
        List<TelemetryPayloadMutator.Payload> bases = new ArrayList<>();
        for (Path file : golden("valid")) {
            bases.add(TelemetryPayloadMutator.parse(Files.readAllBytes(file)));
        }
        int randomValid = 0;
        var tally = new Tally();
        for (int i = 0; i < MUTATIONS; i++) {
            TelemetryPayloadMutator.Payload base;
            if (i % 2 == 0) {
                base = mutator.randomValid(codec);
                byte[] unmutated = base.render().getBytes(StandardCharsets.UTF_8);
                assertThat(codec.decodeFast(unmutated)).as(base.render()).isNotNull();
                assertAgree(unmutated);
                randomValid++;
            } else {
                base = bases.get(i / 2 % bases.size());
            }
            String mutated = mutator.mutate(base);
            byte[] payload = i % 25 == 0 ? mutator.damage(mutated) : mutated.getBytes(StandardCharsets.UTF_8);
            tally.add(assertAgree(payload));
        }

        System.out.printf("differential test: %d random valid payloads all taken by the fast path; %d mutations: "
                        + "%d valid by the schema, of which the fast path took %d (%.1f %%); %d invalid, none taken%n",
                randomValid, MUTATIONS, tally.valid, tally.validAndFast, 100.0 * tally.validAndFast / tally.valid,
                tally.invalid);
        assertThat(tally.invalid).as("the mutations must reach the schema's errors").isGreaterThan(MUTATIONS / 4);
        assertThat(tally.valid - tally.validAndFast).as("and valid forms the fast path is unsure of").isGreaterThan(200);
        assertThat((double) tally.validAndFast / tally.valid).as("share of valid mutations the fast path takes")
                .isGreaterThan(0.4);
    }

    @Test
    void fastPathFailsOnBadUtf8WhereverTheTreeParserFails() {
        String[] templates = {
            "{\"v\":1,\"vin\":\"WVWZZZ1KZAW12345@\",\"seq\":3,\"ts\":\"2026-11-22T08:00:00Z\",\"signals\":{}}",
            "{\"v\":1,\"vin\":\"WVWZZZ1KZAW123456\",\"seq\":3,\"ts\":\"2026-11-22T08:00:00Z@\",\"signals\":{}}",
            "{\"v\":1,\"vin\":\"WVWZZZ1KZAW123456\",\"seq\":3,\"ts\":\"2026-11-22T08:00:00Z\",\"signals\":{\"Vehicle.Foo\":\"x@\"}}",
            "{\"v\":1,\"vin\":\"WVWZZZ1KZAW123456\",\"seq\":3,\"ts\":\"2026-11-22T08:00:00Z\",\"signals\":{\"Vehicle.Foo\":{\"a\":[\"@\"]}}}",
            "{\"v\":1,\"vin\":\"WVWZZZ1KZAW123456\",\"seq\":3,\"ts\":\"2026-11-22T08:00:00Z\",\"signals\":{\"Vehicle.Foo\":{\"@\":1}}}",
            "{\"v\":1,\"vin\":\"WVWZZZ1KZAW123456\",\"seq\":3,\"ts\":\"2026-11-22T08:00:00Z\",\"signals\":{\"Vehicle.Fo@\":1}}",
            "{\"v\":1,\"vin\":\"WVWZZZ1KZAW123456\",\"seq\":3,\"ts\":\"2026-11-22T08:00:00Z\",\"signals\":{\"Vehicle.OBD.DTCList\":[\"P030@\"]}}",
            "{\"v\":1,\"vin\":\"WVWZZZ1KZAW123456\",\"seq\":3,\"ts\":\"2026-11-22T08:00:00Z\",\"signals\":{}}@",
        };
        int[][] badSequences = {{0xFF}, {0xC3}, {0x80}, {0xC0, 0x80}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80},
            {0xE2, 0x82}, {0xC3, 0xA9}};
        for (String template : templates) {
            for (int[] bad : badSequences) {
                var out = new ByteArrayOutputStream();
                for (byte b : template.getBytes(StandardCharsets.US_ASCII)) {
                    if (b == '@') {
                        for (int x : bad) {
                            out.write(x);
                        }
                    } else {
                        out.write(b);
                    }
                }
                assertAgree(out.toByteArray());
            }
        }
    }

    /** The fast path's answer is either "not sure" or exactly what the authoritative path says; decode combines them. */
    private Outcome assertAgree(byte[] payload) {
        String text = new String(payload, StandardCharsets.UTF_8);
        Telemetry fast = codec.decodeFast(payload);
        DecodeResult authoritative = codec.decodeWithSchema(payload);
        if (fast != null) {
            assertThat(authoritative).as("fast path accepted %s", text).isEqualTo(new DecodeResult.Valid(fast));
        }
        assertThat(codec.decode(payload)).as(text).isEqualTo(fast != null ? new DecodeResult.Valid(fast) : authoritative);
        if (authoritative instanceof DecodeResult.Valid valid) {
            if (!seqFitsLong(payload)) {
                // Known and left alone: the schema gives seq no maximum, so decode wraps a seq beyond 2^63 - 1
                // around (as it always did), while trusted decoding rejects it (as it always did).
                assertThatThrownBy(() -> codec.decodeTrusted(payload)).isInstanceOf(IllegalArgumentException.class);
                return fast != null ? Outcome.VALID_FAST : Outcome.VALID_SLOW;
            }
            Telemetry trusted;
            try {
                trusted = codec.decodeTrusted(payload);
            } catch (IllegalArgumentException e) {
                throw new AssertionError("trusted decoding of a valid payload failed: " + text, e);
            }
            assertThat(trusted).as("trusted decoding of %s", text).isEqualTo(valid.telemetry());
            return fast != null ? Outcome.VALID_FAST : Outcome.VALID_SLOW;
        }
        return Outcome.INVALID;
    }

    private static boolean seqFitsLong(byte[] payload) {
        try {
            return MAPPER.readTree(payload).get("seq").canConvertToLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private enum Outcome { VALID_FAST, VALID_SLOW, INVALID }

    private static final class Tally {
        int valid;
        int validAndFast;
        int invalid;

        void add(Outcome outcome) {
            switch (outcome) {
                case VALID_FAST -> {
                    valid++;
                    validAndFast++;
                }
                case VALID_SLOW -> valid++;
                case INVALID -> invalid++;
            }
        }
    }

    private static List<Path> golden(String kind) throws IOException, URISyntaxException {
        Path dir = Path.of(TelemetryCodecDifferentialTest.class.getClassLoader().getResource("golden/" + kind).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> list = files.sorted().toList();
            assertThat(list).isNotEmpty();
            return list;
        }
    }
}
