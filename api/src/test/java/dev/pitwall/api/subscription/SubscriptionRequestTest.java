package dev.pitwall.api.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.api.web.InvalidBodyException.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SubscriptionRequestTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void acceptsASubscriptionThatBeganInThePastAndEndsInTheFuture() {
        SubscriptionRequest request = new SubscriptionRequest(" sub-4711 ", "WVWZZZCDZLW123456 ", "comfort-24",
                LocalDate.of(2025, 3, 1), LocalDate.of(2027, 3, 1)).stripped();

        assertThat(request.violations(TODAY)).isEmpty();
        assertThat(request.subscriberId()).isEqualTo("sub-4711");
    }

    @Test
    void refusesAnEndThatIsNotAfterTheStartOrThatHasPassed() {
        assertThat(new SubscriptionRequest("s", "WVWZZZCDZLW123456", "p", TODAY, TODAY).violations(TODAY))
                .extracting(Violation::field, Violation::expected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("endsOn", "a date after startsOn (2026-03-01)"));
        assertThat(new SubscriptionRequest("s", "WVWZZZCDZLW123456", "p", TODAY.minusYears(2), TODAY)
                .violations(TODAY)).extracting(Violation::field).containsExactly("endsOn");
    }

    @Test
    void namesEveryMissingField() {
        assertThat(new SubscriptionRequest(null, null, null, null, null).violations(TODAY))
                .extracting(Violation::field)
                .containsExactly("subscriberId", "vin", "plan", "startsOn", "endsOn");
    }

    @Test
    void wantsASubjectWithoutSpacesANameAndAnEmailAddress() {
        assertThat(new SubscriberRequest("sub 4711", "", "alex.example.com").violations())
                .extracting(Violation::field).containsExactly("subscriberId", "displayName", "email");
        assertThat(new SubscriberRequest("sub-4711", "Alex", "alex@example.com").violations()).isEmpty();
        assertThat(new SubscriberRequest("x".repeat(201), "Alex", "a@" + "b".repeat(320)).violations())
                .extracting(Violation::field).containsExactly("subscriberId", "email");
    }
}
