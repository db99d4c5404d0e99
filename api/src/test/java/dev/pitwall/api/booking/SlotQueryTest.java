package dev.pitwall.api.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.api.web.InvalidParameterException;
import dev.pitwall.core.servicebook.ServiceItem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotQueryTest {

    static final BookingProperties PROPERTIES = BookingPropertiesTest.valid();

    static String parameterOf(Runnable query) {
        try {
            query.run();
        } catch (InvalidParameterException e) {
            return e.parameter();
        }
        throw new AssertionError("expected the query to be refused");
    }

    @Test
    void readsServicesCommaSeparatedOrRepeatedAndAppliesTheDefaults() {
        SlotQuery query = SlotQuery.of(List.of("OIL_SERVICE,CABIN_FILTER", "BRAKE_FLUID"), null, null, null, null,
                PROPERTIES);

        assertThat(query.services()).containsExactly(ServiceItem.OIL_SERVICE, ServiceItem.CABIN_FILTER,
                ServiceItem.BRAKE_FLUID);
        assertThat(query.from()).isNull();
        assertThat(query.days()).isEqualTo(7);
        assertThat(query.limit()).isEqualTo(50);
        assertThat(query.courtesyCar()).isFalse();
        assertThat(SlotQuery.of(List.of("OIL_SERVICE"), "2026-03-09", 14, "TRUE", 500, PROPERTIES))
                .isEqualTo(new SlotQuery(List.of(ServiceItem.OIL_SERVICE), LocalDate.parse("2026-03-09"), 14, true,
                        500));
    }

    @Test
    void namesTheParameterThatIsWrong() {
        assertThat(parameterOf(() -> SlotQuery.of(null, null, null, null, null, PROPERTIES))).isEqualTo("service");
        assertThat(parameterOf(() -> SlotQuery.of(List.of("OIL_CHANGE"), null, null, null, null, PROPERTIES)))
                .isEqualTo("service");
        assertThat(parameterOf(() -> SlotQuery.of(List.of("OIL_SERVICE,OIL_SERVICE"), null, null, null, null,
                PROPERTIES))).isEqualTo("service");
        assertThat(parameterOf(() -> SlotQuery.of(List.of("OIL_SERVICE"), "09.03.2026", null, null, null,
                PROPERTIES))).isEqualTo("from");
        assertThat(parameterOf(() -> SlotQuery.of(List.of("OIL_SERVICE"), null, 0, null, null, PROPERTIES)))
                .isEqualTo("days");
        assertThat(parameterOf(() -> SlotQuery.of(List.of("OIL_SERVICE"), null, null, "yes", null, PROPERTIES)))
                .isEqualTo("courtesyCar");
        assertThat(parameterOf(() -> SlotQuery.of(List.of("OIL_SERVICE"), null, null, null, 501, PROPERTIES)))
                .isEqualTo("limit");
    }
}
