package dev.pitwall.prediction.training;

import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.TelemetryCodec;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

/**
 * Streams {@code telemetry.ndjson.gz}: one telemetry-v1 wire payload per line, decoded with
 * {@link TelemetryCodec#decodeTrusted} (the simulator's output is valid by construction; a line that is not stops
 * the run with its line number). Holds one batch of messages in memory at a time.
 */
public final class TelemetryFile {

    private TelemetryFile() {
    }

    private static final int BATCH = 4096;

    /**
     * Feeds every message to {@code consumer}, in file order. Lines are decoded in parallel in batches (JSON parsing
     * is most of the cost); the consumer is called from the calling thread only.
     *
     * @return the number of messages read
     */
    public static long forEach(Path file, Consumer<Telemetry> consumer, Progress progress) {
        TelemetryCodec codec = new TelemetryCodec();
        long size;
        try {
            size = Math.max(1, Files.size(file));
        } catch (IOException e) {
            throw new HistoryInputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        long lineNo = 0;
        long messages = 0;
        List<String> batch = new ArrayList<>(BATCH);
        try (CountingStream counted = new CountingStream(Files.newInputStream(file));
                BufferedReader lines = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(counted, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = lines.readLine()) != null) {
                lineNo++;
                batch.add(line);
                if (batch.size() == BATCH) {
                    messages += decode(file, codec, batch, lineNo - batch.size(), consumer);
                    batch.clear();
                    progress.fraction("loading telemetry", (double) counted.count / size);
                }
            }
            messages += decode(file, codec, batch, lineNo - batch.size(), consumer);
        } catch (IOException e) {
            throw new HistoryInputException(file + ": cannot read gzip'd telemetry at line " + (lineNo + 1) + " ("
                    + e.getMessage() + ")", e);
        }
        progress.fraction("loading telemetry", 1.0);
        return messages;
    }

    private static int decode(Path file, TelemetryCodec codec, List<String> batch, long firstLineNo,
            Consumer<Telemetry> consumer) {
        List<Telemetry> decoded = IntStream.range(0, batch.size()).parallel().mapToObj(i -> {
            String line = batch.get(i);
            if (line.isBlank()) {
                return null;
            }
            try {
                return codec.decodeTrusted(line.getBytes(StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new HistoryInputException(file + ":" + (firstLineNo + i + 1) + ": " + e.getMessage(), e);
            }
        }).toList();
        int n = 0;
        for (Telemetry t : decoded) {
            if (t != null) {
                consumer.accept(t);
                n++;
            }
        }
        return n;
    }

    /** Counts compressed bytes read, which measures progress through the file. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
