package dev.pitwall.core.dtc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Severity and description of OBD-II trouble codes. Severities are Pitwall's own rules; descriptions
 * come from the Debian {@code scantool} package's {@code codes.dat} (GPL-2+) when it is installed,
 * read at run time and never copied into this repository.
 */
public final class DtcCatalog {

    public static final Path SCANTOOL_CODES = Path.of("/usr/share/scantool/codes.dat");
    private static final Pattern LINE = Pattern.compile("^([PCBU][0-9A-F]{4})\\t([^\\t]+)\\t(.+)$");
    private static final Map<String, DtcSeverity> EXPLICIT = Map.ofEntries(
            Map.entry("P0217", DtcSeverity.CRITICAL), // engine over-temperature
            Map.entry("P0218", DtcSeverity.CRITICAL), // transmission over-temperature
            Map.entry("P0520", DtcSeverity.CRITICAL), // oil pressure sensor/switch
            Map.entry("P0524", DtcSeverity.CRITICAL), // oil pressure too low
            Map.entry("P0562", DtcSeverity.HIGH),     // system voltage low
            Map.entry("P0563", DtcSeverity.HIGH),     // system voltage high
            Map.entry("P0620", DtcSeverity.HIGH),     // generator control circuit
            Map.entry("P0128", DtcSeverity.MEDIUM),   // thermostat below regulating temperature
            Map.entry("P0171", DtcSeverity.MEDIUM),   // system too lean, bank 1
            Map.entry("P0174", DtcSeverity.MEDIUM),   // system too lean, bank 2
            Map.entry("P0420", DtcSeverity.MEDIUM),   // catalyst efficiency below threshold
            Map.entry("P0455", DtcSeverity.LOW),      // evaporative system large leak
            Map.entry("P0456", DtcSeverity.LOW),      // evaporative system small leak
            Map.entry("C0750", DtcSeverity.HIGH));    // tire pressure monitor, low pressure

    private final Map<String, String> descriptions;

    private DtcCatalog(Map<String, String> descriptions) {
        this.descriptions = Map.copyOf(descriptions);
    }

    /** A catalog with descriptions from scantool's file when present, severities only otherwise. */
    public static DtcCatalog load() {
        return Files.isReadable(SCANTOOL_CODES) ? fromScantoolFile(SCANTOOL_CODES) : new DtcCatalog(Map.of());
    }

    public static DtcCatalog fromScantoolFile(Path file) {
        Map<String, String> generic = new HashMap<>();
        Map<String, String> anyMake = new HashMap<>();
        try {
            // the file starts with a binary header; ISO-8859-1 reads every byte without failing
            for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
                int start = firstCodeStart(line);
                if (start < 0) {
                    continue;
                }
                Matcher m = LINE.matcher(line.substring(start));
                if (m.matches()) {
                    ("Generic".equals(m.group(2)) ? generic : anyMake).putIfAbsent(m.group(1), m.group(3).trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read DTC descriptions from " + file, e);
        }
        anyMake.forEach(generic::putIfAbsent);
        return new DtcCatalog(generic);
    }

    public DtcSeverity severity(String code) {
        DtcSeverity explicit = EXPLICIT.get(code);
        if (explicit != null) {
            return explicit;
        }
        if (code.startsWith("P030")) {
            return DtcSeverity.HIGH; // P0300..P0309: random or per-cylinder misfire
        }
        if (code.startsWith("P011") || code.startsWith("P012")) {
            return DtcSeverity.MEDIUM; // temperature sensor circuits
        }
        if (code.startsWith("C") || code.startsWith("U")) {
            return DtcSeverity.MEDIUM; // chassis (ABS, steering) and network faults
        }
        return DtcSeverity.LOW;
    }

    /** The description of a code, or a neutral text when no catalog file is installed. */
    public String describe(String code) {
        return descriptions.getOrDefault(code, "trouble code " + code);
    }

    public int size() {
        return descriptions.size();
    }

    private static int firstCodeStart(String line) {
        for (int i = 0; i + 5 < line.length(); i++) {
            char c = line.charAt(i);
            if ((c == 'P' || c == 'C' || c == 'B' || c == 'U') && line.charAt(i + 5) == '\t') {
                return i;
            }
        }
        return -1;
    }
}
