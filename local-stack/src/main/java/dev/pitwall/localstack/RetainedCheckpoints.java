package dev.pitwall.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the newest completed checkpoint the previous run retained, so that a restarted local stack resumes
 * the Flink job with its dedup and vehicle state instead of starting empty.
 */
final class RetainedCheckpoints {

    private RetainedCheckpoints() {
    }

    /** The newest {@code <job>/chk-N} directory under {@code root} that holds a completed checkpoint. */
    static Optional<Path> newest(Path root) {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> jobs = Files.list(root)) {
            return jobs.filter(Files::isDirectory)
                    .flatMap(RetainedCheckpoints::completedCheckpoints)
                    .max(Comparator.comparing(RetainedCheckpoints::lastModified));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for retained checkpoints in " + root, e);
        }
    }

    private static Stream<Path> completedCheckpoints(Path jobDir) {
        try (Stream<Path> children = Files.list(jobDir)) {
            // a checkpoint is complete once its _metadata file exists
            return children.filter(p -> p.getFileName().toString().startsWith("chk-"))
                    .filter(p -> Files.exists(p.resolve("_metadata")))
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lastModified(Path checkpoint) {
        try {
            return Files.getLastModifiedTime(checkpoint.resolve("_metadata")).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
