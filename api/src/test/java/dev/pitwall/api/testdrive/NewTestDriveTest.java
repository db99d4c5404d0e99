package dev.pitwall.api.testdrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.api.web.InvalidBodyException;
import dev.pitwall.engagement.repurchase.TestDriveStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NewTestDriveTest {

    @Test
    void namesEveryMissingOrMalformedFieldAtOnce() {
        assertThatThrownBy(() -> NewTestDrive.of(new TestDriveRequest("short", " ", "x".repeat(101), null)))
                .isInstanceOfSatisfying(InvalidBodyException.class, e -> assertThat(e.violations())
                        .extracting(InvalidBodyException.Violation::field)
                        .containsExactly("vin", "modelId", "dealerId", "startsAt"));
    }

    @Test
    void stripsTheIdsSoThatARepeatedRequestHasOneCanonicalForm() {
        Instant start = Instant.parse("2026-03-05T08:00:00Z");
        NewTestDrive request = NewTestDrive.of(new TestDriveRequest("WVWZZZCDZLW123456", " vw-cityline-e ",
                "dl-001 ", start));

        assertThat(request).isEqualTo(new NewTestDrive("WVWZZZCDZLW123456", "vw-cityline-e", "dl-001", start));
    }

    @Test
    void readsAnOutcomeInAnyCaseButNoOtherStatus() {
        assertThat(TestDriveController.outcome(" no_show ")).isEqualTo(TestDriveStatus.NO_SHOW);
        for (String refused : new String[] {"BOOKED", "CANCELLED", "done", null}) {
            assertThatThrownBy(() -> TestDriveController.outcome(refused))
                    .isInstanceOfSatisfying(InvalidBodyException.class, e -> assertThat(e.violations().get(0)
                            .expected()).isEqualTo("COMPLETED or NO_SHOW"));
        }
    }
}
