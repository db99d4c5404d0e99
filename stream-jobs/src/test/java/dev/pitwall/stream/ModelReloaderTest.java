package dev.pitwall.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "model" here is the bundle file's text, so that what was loaded is visible. */
class ModelReloaderTest {

    @TempDir
    Path dir;

    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final List<Path> loads = new ArrayList<>();

    private ModelReloader<String> reloader(Path location) {
        return new ModelReloader<>(location, Duration.ofSeconds(30), clock::get, path -> {
            loads.add(path);
            try {
                String text = Files.readString(path);
                if (text.startsWith("broken")) {
                    throw new IllegalStateException("not a model bundle: " + path);
                }
                return text;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, text -> text);
    }

    private void write(Path file, String text, long modifiedMillis) throws IOException {
        Path tmp = dir.resolve(".tmp");
        Files.writeString(tmp, text);
        Files.setLastModifiedTime(tmp, FileTime.fromMillis(modifiedMillis));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void noBundleMeansNoModelUntilOneAppears() throws IOException {
        Path file = dir.resolve("pitwall-model-a.zip");
        var reloader = reloader(file);
        assertThat(reloader.current()).isNull();

        write(file, "v1", 1_000);
        assertThat(reloader.current()).as("not looked for again within the check interval").isNull();
        clock.addAndGet(30_000);
        assertThat(reloader.current()).isEqualTo("v1");
    }

    @Test
    void replacedBundleIsPickedUpAndAnUnchangedOneIsNotReloaded() throws IOException {
        Path file = dir.resolve("pitwall-model-a.zip");
        write(file, "v1", 1_000);
        var reloader = reloader(file);
        assertThat(reloader.current()).isEqualTo("v1");
        clock.addAndGet(60_000);
        assertThat(reloader.current()).isEqualTo("v1");
        assertThat(loads).hasSize(1);

        write(file, "v2", 2_000);
        clock.addAndGet(30_000);
        assertThat(reloader.current()).isEqualTo("v2");
    }

    @Test
    void brokenBundleKeepsThePreviousModelAndIsNotRetriedUntilItChanges() throws IOException {
        Path file = dir.resolve("pitwall-model-a.zip");
        write(file, "v1", 1_000);
        var reloader = reloader(file);
        reloader.current();

        write(file, "broken", 2_000);
        clock.addAndGet(30_000);
        assertThat(reloader.current()).isEqualTo("v1");
        clock.addAndGet(30_000);
        assertThat(reloader.current()).isEqualTo("v1");
        assertThat(loads).hasSize(2);
    }

    @Test
    void directoryUsesItsNewestBundleByName() throws IOException {
        write(dir.resolve("pitwall-model-20261101T000000Z.zip"), "november", 5_000);
        write(dir.resolve("notes.txt"), "not a bundle", 9_000);
        var reloader = reloader(dir);
        assertThat(reloader.current()).isEqualTo("november");

        write(dir.resolve("pitwall-model-20261120T000000Z.zip"), "later", 1_000);
        clock.addAndGet(30_000);
        assertThat(reloader.current()).isEqualTo("later");
    }
}
