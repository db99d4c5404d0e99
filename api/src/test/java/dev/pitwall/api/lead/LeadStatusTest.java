package dev.pitwall.api.lead;

import static dev.pitwall.api.lead.LeadStatus.BOOKED;
import static dev.pitwall.api.lead.LeadStatus.CLOSED;
import static dev.pitwall.api.lead.LeadStatus.CONTACTED;
import static dev.pitwall.api.lead.LeadStatus.EXPIRED;
import static dev.pitwall.api.lead.LeadStatus.OPEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadStatusTest {

    @Test
    void allowsExactlyTheForwardStepsOfTheLifecycle() {
        List<String> allowed = new ArrayList<>();
        for (LeadStatus from : LeadStatus.values()) {
            for (LeadStatus to : LeadStatus.values()) {
                if (from.canMoveTo(to)) {
                    allowed.add(from + "->" + to);
                }
            }
        }

        assertThat(allowed).containsExactlyInAnyOrder("OPEN->CONTACTED", "OPEN->BOOKED", "OPEN->CLOSED",
                "CONTACTED->BOOKED", "CONTACTED->CLOSED", "BOOKED->CLOSED");
    }

    @Test
    void closedAndExpiredAreFinal() {
        assertThat(CLOSED.isFinal()).isTrue();
        assertThat(EXPIRED.isFinal()).isTrue();
        assertThat(List.of(OPEN, CONTACTED, BOOKED)).noneMatch(LeadStatus::isFinal);
    }

    @Test
    void advisorsSetOnlyContactedBookedAndClosed() {
        assertThat(LeadStatus.SETTABLE).containsExactlyInAnyOrder(CONTACTED, BOOKED, CLOSED);
    }
}
