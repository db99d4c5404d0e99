package dev.pitwall.api.poi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.poi.InvalidPoiException;
import dev.pitwall.core.poi.PoiCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Where the catalog comes from, and that a bad POI file or limit stops start-up with a message naming it. */
class PoiConfigurationTest {

    static final String ONE_POI = """
            {"version": 1, "pois": [{"id": "ws-100", "kind": "WORKSHOP", "name": "Hofwerkstatt", "brand": "independent",
              "latitude": %s, "longitude": 11.5, "openingHours": {"timeZone": "Europe/Berlin", "alwaysOpen": true}}]}""";

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(PoiConfiguration.class);

    @TempDir
    Path dir;

    @Test
    void servesCoresSampleWhenNoFileIsConfigured() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            PoiCatalog catalog = context.getBean(PoiCatalog.class);
            assertThat(catalog.pois()).isEqualTo(PoiCatalog.sample().pois());
            PoiProperties properties = context.getBean(PoiProperties.class);
            assertThat(properties.filePath()).isEmpty();
            assertThat(properties.defaultRadiusKm()).isEqualTo(10);
            assertThat(properties.maxRadiusKm()).isEqualTo(500);
        });
        runner.withPropertyValues("pitwall.pois.file=").run(context ->
                assertThat(context.getBean(PoiCatalog.class).size()).isEqualTo(PoiCatalog.sample().size()));
    }

    @Test
    void servesTheConfiguredFile() throws IOException {
        Path file = Files.writeString(dir.resolve("pois.json"), ONE_POI.formatted("48.1"));

        runner.withPropertyValues("pitwall.pois.file=" + file).run(context -> {
            assertThat(context).hasNotFailed();
            PoiCatalog catalog = context.getBean(PoiCatalog.class);
            assertThat(catalog.size()).isEqualTo(1);
            assertThat(catalog.byId("ws-100")).isPresent();
        });
    }

    @Test
    void refusesToStartWithABadFileNamingTheFileTheEntryAndTheField() throws IOException {
        Path file = Files.writeString(dir.resolve("bad-pois.json"), ONE_POI.formatted("91.0"));

        runner.withPropertyValues("pitwall.pois.file=" + file).run(context -> {
            assertThat(context).hasFailed();
            // core's own message, the outermost one in the chain: it adds the file and the entry's position
            assertThat(firstInvalidPoi(context.getStartupFailure()))
                    .hasMessageStartingWith("POI file " + file + ": ")
                    .hasMessageContaining("pois[0]")
                    .hasMessageContaining("ws-100")
                    .hasMessageContaining("latitude: expected -90..90 degrees, got 91.0");
        });
    }

    static Throwable firstInvalidPoi(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidPoiException) {
                return t;
            }
        }
        throw new AssertionError("no InvalidPoiException in the chain of " + failure);
    }

    @Test
    void refusesToStartWithAMissingFile() {
        Path missing = dir.resolve("no-such-pois.json");

        runner.withPropertyValues("pitwall.pois.file=" + missing).run(context -> {
            assertThat(context).hasFailed();
            assertThat(firstInvalidPoi(context.getStartupFailure()))
                    .hasMessageStartingWith("POI file " + missing + ": cannot read");
        });
    }

    @Test
    void refusesADefaultRadiusBeyondTheMaximum() {
        runner.withPropertyValues("pitwall.pois.default-radius-km=50", "pitwall.pois.max-radius-km=20")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).hasStackTraceContaining("pitwall.pois.default-radius-km");
                });
    }
}
