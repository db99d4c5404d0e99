package dev.pitwall.stream;

import dev.pitwall.prediction.serving.FailurePredictor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live model of one task: loaded on first use and replaced when the bundle changes, without restarting the
 * job. {@code location} is a bundle file, or a directory whose newest {@code pitwall-model-*.zip} (by name:
 * versions are timestamped) is used. A bundle that fails to load is logged and the previous model stays live.
 * Not thread-safe: one per task, called from the task thread.
 */
final class ModelReloader<M> {

    private static final Logger log = LoggerFactory.getLogger(ModelReloader.class);
    static final String BUNDLE_GLOB = "pitwall-model-*.zip";

    private final Path location;
    private final long checkIntervalMillis;
    private final LongSupplier clockMillis;
    private final Function<Path, M> loader;
    private final Function<M, String> version;
    private long lastCheckMillis = Long.MIN_VALUE;
    private Path loadedFile;
    private Object loadedStamp;
    private M current;

    ModelReloader(Path location, Duration checkInterval, LongSupplier clockMillis, Function<Path, M> loader,
            Function<M, String> version) {
        this.location = Objects.requireNonNull(location, "location");
        this.checkIntervalMillis = checkInterval.toMillis();
        this.clockMillis = clockMillis;
        this.loader = loader;
        this.version = version;
    }

    static ModelReloader<FailurePredictor> forBundles(Path location, Duration checkInterval) {
        return new ModelReloader<>(location, checkInterval, System::currentTimeMillis, FailurePredictor::load,
                FailurePredictor::version);
    }

    /** The live model, {@code null} while there is none; looks for a new bundle at most once per check interval. */
    M current() {
        long now = clockMillis.getAsLong();
        if (lastCheckMillis == Long.MIN_VALUE || now - lastCheckMillis >= checkIntervalMillis) {
            lastCheckMillis = now;
            refresh();
        }
        return current;
    }

    private void refresh() {
        Path file;
        Object stamp;
        try {
            file = bundleFile();
            if (file == null) {
                return;
            }
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            stamp = attributes.lastModifiedTime().toMillis() + "/" + attributes.size() + "/" + attributes.fileKey();
        } catch (IOException e) {
            log.warn("cannot look for a model bundle at {}: {}", location, e.toString());
            return;
        }
        if (file.equals(loadedFile) && stamp.equals(loadedStamp)) {
            return;
        }
        try {
            M next = loader.apply(file);
            log.info("model {} live from {} (was {})", version.apply(next), file,
                    current == null ? "none" : version.apply(current));
            current = next;
        } catch (RuntimeException e) {
            log.error("model bundle {} could not be loaded, keeping {}: {}", file,
                    current == null ? "no model" : version.apply(current), e.getMessage());
        }
        // remember the attempt either way: a broken file is not retried until it changes
        loadedFile = file;
        loadedStamp = stamp;
    }

    private Path bundleFile() throws IOException {
        if (!Files.isDirectory(location)) {
            return Files.isRegularFile(location) ? location : null;
        }
        try (Stream<Path> files = Files.list(location)) {
            return files.filter(p -> p.getFileSystem().getPathMatcher("glob:" + BUNDLE_GLOB).matches(p.getFileName()))
                    .max(Comparator.comparing(p -> p.getFileName().toString()))
                    .orElse(null);
        }
    }
}
