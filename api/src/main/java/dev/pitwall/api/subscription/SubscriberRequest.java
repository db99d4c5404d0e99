package dev.pitwall.api.subscription;

import dev.pitwall.api.web.InvalidBodyException.Violation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A new subscriber as an operator registers them: exactly the fields a caller may set. */
@Schema(description = "A new subscriber", example = """
        {"subscriberId": "sub-4711", "displayName": "Alex Berger", "email": "alex.berger@example.com"}""")
public record SubscriberRequest(
        @Schema(description = "The subject (sub claim) of the tokens the identity provider issues for the subscriber, "
                + "1 to 200 characters without spaces", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "sub-4711") String subscriberId,
        @Schema(description = "Name to address them by, 1 to 200 characters",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "Alex Berger") String displayName,
        @Schema(description = "E-mail address, at most 320 characters", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "alex.berger@example.com") String email) {

    static final int MAX_ID_LENGTH = 200;
    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_EMAIL_LENGTH = 320;
    static final String ID_EXPECTED = "the subject (sub claim) of the subscriber's tokens, 1 to " + MAX_ID_LENGTH
            + " characters without spaces";
    private static final Pattern NO_SPACES = Pattern.compile("\\S+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    /** The request with surrounding spaces removed. */
    SubscriberRequest stripped() {
        return new SubscriberRequest(strip(subscriberId), strip(displayName), strip(email));
    }

    /** Every field that breaks a rule, of a {@link #stripped()} request. */
    List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (subscriberId == null || subscriberId.length() > MAX_ID_LENGTH
                || !NO_SPACES.matcher(subscriberId).matches()) {
            violations.add(new Violation("subscriberId", ID_EXPECTED, subscriberId));
        }
        if (displayName == null || displayName.isEmpty() || displayName.length() > MAX_NAME_LENGTH) {
            violations.add(new Violation("displayName", "a name of 1 to " + MAX_NAME_LENGTH + " characters",
                    displayName));
        }
        if (email == null || email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches()) {
            violations.add(new Violation("email", "an e-mail address such as alex.berger@example.com, at most "
                    + MAX_EMAIL_LENGTH + " characters", email));
        }
        return violations;
    }

    static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
