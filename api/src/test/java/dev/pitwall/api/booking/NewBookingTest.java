package dev.pitwall.api.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.api.web.InvalidBodyException;
import dev.pitwall.core.servicebook.ServiceItem;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewBookingTest {

    static final String VIN = "WVWZZZCDZLW123456";
    static final Instant START = Instant.parse("2026-03-05T07:00:00Z");

    static BookingRequest request(String vin, String workshopId, List<String> services, Instant startsAt,
            Boolean pickup, String address) {
        return new BookingRequest(vin, workshopId, services, startsAt, null, pickup, address, null);
    }

    static List<String> fields(InvalidBodyException e) {
        return e.violations().stream().map(InvalidBodyException.Violation::field).toList();
    }

    @Test
    void readsAValidRequestWithDefaultsForTheOptions() {
        NewBooking booking = NewBooking.of(request(VIN, " ws-001 ", List.of("OIL_SERVICE", "CABIN_FILTER"), START,
                null, null));

        assertThat(booking.workshopId()).isEqualTo("ws-001");
        assertThat(booking.serviceTypes()).containsExactly(ServiceItem.OIL_SERVICE, ServiceItem.CABIN_FILTER);
        assertThat(booking.pickupAndDelivery()).isFalse();
        assertThat(booking.courtesyCar()).isFalse();
    }

    @Test
    void namesEveryMissingOrMalformedFieldAtOnce() {
        assertThatThrownBy(() -> NewBooking.of(request("WVWZZZCDZLW12345I", "", List.of(), null, true, " ")))
                .isInstanceOfSatisfying(InvalidBodyException.class, e -> assertThat(fields(e))
                        .containsExactly("vin", "workshopId", "serviceTypes", "startsAt", "pickupAddress"));
    }

    @Test
    void namesEachUnknownOrRepeatedServiceTypeByPosition() {
        assertThatThrownBy(() -> NewBooking.of(request(VIN, "ws-001",
                Arrays.asList("OIL_SERVICE", "OIL_CHANGE", null, "OIL_SERVICE"), START, false, null)))
                .isInstanceOfSatisfying(InvalidBodyException.class, e -> {
                    assertThat(fields(e)).containsExactly("serviceTypes[1]", "serviceTypes[2]", "serviceTypes[3]");
                    assertThat(e.violations().get(2).expected()).isEqualTo("each service type once");
                });
    }

    @Test
    void anAddressGoesOnlyWithPickupAndDeliveryAndHasALimit() {
        assertThatThrownBy(() -> NewBooking.of(request(VIN, "ws-001", List.of("OIL_SERVICE"), START, false,
                "Leopoldstr. 12"))).isInstanceOfSatisfying(InvalidBodyException.class,
                        e -> assertThat(e.violations().get(0).expected()).startsWith("no pickupAddress unless"));
        assertThatThrownBy(() -> NewBooking.of(request(VIN, "ws-001", List.of("OIL_SERVICE"), START, true,
                "x".repeat(501)))).isInstanceOfSatisfying(InvalidBodyException.class,
                        e -> assertThat(e.violations().get(0).actual().toString()).endsWith("(501 characters)"));
        assertThat(NewBooking.of(request(VIN, "ws-001", List.of("OIL_SERVICE"), START, true, " Leopoldstr. 12 "))
                .pickupAddress()).isEqualTo("Leopoldstr. 12");
    }
}
