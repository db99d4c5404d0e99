package dev.pitwall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class IngestMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final IngestMetrics metrics = new IngestMetrics(registry);

    @Test
    void countsRejectionsByFieldIgnoringArrayIndices() {
        metrics.received();
        metrics.rejected("$.signals['Vehicle.OBD.DTCList'][0]", System.nanoTime());
        metrics.rejected("$.signals['Vehicle.OBD.DTCList'][7]", System.nanoTime());

        assertThat(registry.get(IngestMetrics.REJECTED).tag("field", "$.signals['Vehicle.OBD.DTCList'][*]")
                .counter().count()).isEqualTo(2.0);
        assertThat(metrics.snapshot().rejected()).isEqualTo(2);
    }

    @Test
    void capsTheNumberOfDistinctFieldTags() {
        for (int i = 0; i < IngestMetrics.MAX_FIELD_TAGS + 10; i++) {
            metrics.rejected("$.unknown" + i, System.nanoTime());
        }

        assertThat(registry.find(IngestMetrics.REJECTED).counters()).hasSize(IngestMetrics.MAX_FIELD_TAGS + 1);
        assertThat(registry.get(IngestMetrics.REJECTED).tag("field", IngestMetrics.OTHER_FIELD).counter().count())
                .isEqualTo(10.0);
        assertThat(metrics.snapshot().rejected()).isEqualTo(IngestMetrics.MAX_FIELD_TAGS + 10);
    }

    @Test
    void tracksMessagesInFlightUntilSettled() {
        metrics.received();
        metrics.received();
        metrics.settled();

        assertThat(metrics.snapshot().inflight()).isEqualTo(1);
        assertThat(registry.get(IngestMetrics.INFLIGHT).gauge().value()).isEqualTo(1.0);
    }
}
