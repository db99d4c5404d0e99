package dev.pitwall.prediction.cmapss;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** NASA's RUL_FDxxx.txt: one true remaining useful life per line, line i belonging to unit i. */
public final class NasaRulFile {

    private NasaRulFile() {
    }

    public static Map<Integer, Double> read(Path file) {
        List<String> lines = RulPredictionsFile.readLines(file, "one true RUL per line, line i = unit i");
        int last = lines.size();
        while (last > 0 && lines.get(last - 1).isBlank()) {
            last--;
        }
        Map<Integer, Double> rul = new LinkedHashMap<>();
        for (int i = 0; i < last; i++) {
            String field = lines.get(i).strip();
            if (field.isEmpty()) {
                // A gap would silently shift every later unit's truth by one.
                throw new CmapssInputException(file + " line " + (i + 1)
                        + ": empty line; expected the true RUL of unit " + (i + 1));
            }
            rul.put(i + 1, RulPredictionsFile.parseNumber(file, i + 1, "RUL of unit " + (i + 1), field));
        }
        if (rul.isEmpty()) {
            throw new CmapssInputException(file + ": empty (expected one true RUL per line, line i = unit i)");
        }
        return rul;
    }
}
