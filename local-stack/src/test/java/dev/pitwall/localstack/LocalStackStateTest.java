package dev.pitwall.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackStateTest {

    @Test
    void eachStartGetsTheNextSimulatorRun(@TempDir Path dir) {
        assertThat(LocalStack.nextSimulatorRun(dir)).isZero();
        assertThat(LocalStack.nextSimulatorRun(dir)).isEqualTo(1);
        assertThat(LocalStack.nextSimulatorRun(dir)).isEqualTo(2);
    }

    @Test
    void devTokenSecretSurvivesARestart(@TempDir Path dir) {
        String first = LocalStack.devTokenSecret(dir);
        assertThat(first.getBytes()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(LocalStack.devTokenSecret(dir)).isEqualTo(first);
    }

    @Test
    void unsubscribeSecretSurvivesARestartAndIsNotTheTokenSecret(@TempDir Path dir) {
        String first = LocalStack.unsubscribeSecret(dir);
        assertThat(first.getBytes()).as("the API wants at least 32 bytes").hasSizeGreaterThanOrEqualTo(32);
        assertThat(LocalStack.unsubscribeSecret(dir)).isEqualTo(first);
        assertThat(LocalStack.devTokenSecret(dir)).isNotEqualTo(first);
    }

    @Test
    void refusesAnSmtpServerWithoutHostOrWithAnImpossiblePort() {
        assertThatThrownBy(() -> new LocalStackConfig.Smtp(" ", 25)).hasMessageContaining("smtp host");
        assertThatThrownBy(() -> new LocalStackConfig.Smtp("127.0.0.1", 0)).hasMessageContaining("smtp port");
        assertThat(LocalStackConfig.defaults().smtp()).as("e-mail off unless asked for").isNull();
    }

    @Test
    void newestCompletedCheckpointIsFoundAndIncompleteOnesIgnored(@TempDir Path dir) throws Exception {
        assertThat(RetainedCheckpoints.newest(dir.resolve("absent"))).isEmpty();
        Path old = Files.createDirectories(dir.resolve("job-a/chk-3"));
        Files.writeString(old.resolve("_metadata"), "x");
        Files.setLastModifiedTime(old.resolve("_metadata"), java.nio.file.attribute.FileTime.fromMillis(1_000));
        Path newer = Files.createDirectories(dir.resolve("job-b/chk-7"));
        Files.writeString(newer.resolve("_metadata"), "x");
        Files.createDirectories(dir.resolve("job-b/chk-8")); // in progress: no _metadata yet
        assertThat(RetainedCheckpoints.newest(dir)).contains(newer);
    }
}
