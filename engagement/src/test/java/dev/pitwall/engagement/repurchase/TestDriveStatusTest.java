package dev.pitwall.engagement.repurchase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestDriveStatusTest {

    @Test
    void onlyABookedTestDriveIsOpenAndOnlyCancelledOnesFreeTheirCar() {
        assertThat(TestDriveStatus.values()).filteredOn(TestDriveStatus::isOpen)
                .containsExactly(TestDriveStatus.BOOKED);
        assertThat(TestDriveStatus.values()).filteredOn(s -> !s.isLive())
                .containsExactly(TestDriveStatus.CANCELLED);
    }

    @Test
    void aDealerRecordsCompletedOrNoShow() {
        assertThat(TestDriveStatus.values()).filteredOn(TestDriveStatus::isOutcome)
                .containsExactly(TestDriveStatus.COMPLETED, TestDriveStatus.NO_SHOW);
        assertThat(TestDriveStatus.outcomesExpected()).isEqualTo("COMPLETED or NO_SHOW");
    }
}
