package dev.pitwall.core.dtc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DtcCatalogTest {

    @Test
    void readsScantoolFormatBehindItsBinaryHeaderAndPrefersGenericDescriptions(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("codes.dat");
        byte[] header = {0x73, 0x6c, 0x68, 0x00, 0x01, (byte) 0x9f};
        String body = "P0301\tGeneric\tCylinder 1 Misfire Detected\n"
                + "P0301\tFord\tCylinder 1 misfire (Ford wording)\n"
                + "B1234\tChrysler\tSome body code\n";
        Files.write(dir.resolve("header"), header);
        Files.write(file, concat(header, ("KB0001\tGeneric\tDriver Frontal Stage 1\n" + body).getBytes(StandardCharsets.ISO_8859_1)));
        DtcCatalog catalog = DtcCatalog.fromScantoolFile(file);
        assertThat(catalog.describe("P0301")).isEqualTo("Cylinder 1 Misfire Detected");
        assertThat(catalog.describe("B1234")).isEqualTo("Some body code");
        assertThat(catalog.describe("B0001")).isEqualTo("Driver Frontal Stage 1");
        assertThat(catalog.describe("P9999")).isEqualTo("trouble code P9999");
    }

    @Test
    void severityRulesRankEngineDamageAboveEmissions() {
        DtcCatalog catalog = DtcCatalog.load();
        assertThat(catalog.severity("P0217")).isEqualTo(DtcSeverity.CRITICAL);
        assertThat(catalog.severity("P0304")).isEqualTo(DtcSeverity.HIGH);
        assertThat(catalog.severity("P0420")).isEqualTo(DtcSeverity.MEDIUM);
        assertThat(catalog.severity("P0456")).isEqualTo(DtcSeverity.LOW);
        assertThat(catalog.severity("U0100")).isEqualTo(DtcSeverity.MEDIUM);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
