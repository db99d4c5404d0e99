package dev.pitwall.engagement.campaign;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of a campaign's message. Members are split between the variants by weight.
 *
 * @param key short name, e.g. {@code A}
 * @param weight relative share of the non-control audience
 * @param subject the message's subject (email subject, inbox title)
 * @param body the message's text
 * @param link where the message leads (an absolute http or https URL, e.g. an offer in the portal), or null; the
 *             message says a tracked link to it, so that the campaign's results count who followed it
 */
public record Variant(String key, Integer weight, String subject, String body, String link) {

    /** A variant without a link. */
    public Variant(String key, Integer weight, String subject, String body) {
        this(key, weight, subject, body, null);
    }

    /** The value a member's variant has when they are in the control group. */
    public static final String CONTROL = "CONTROL";

    /** What is wrong with the variants of one campaign, each naming its field. */
    public static List<Segment.Violation> violations(List<Variant> variants) {
        List<Segment.Violation> violations = new ArrayList<>();
        if (variants == null || variants.isEmpty() || variants.size() > 5) {
            violations.add(new Segment.Violation("variants", "1 to 5 variants",
                    variants == null ? null : variants.size() + " variants"));
            return violations;
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            Variant v = variants.get(i);
            String at = "variants[" + i + "]";
            if (v == null) {
                violations.add(new Segment.Violation(at, "a variant", null));
                continue;
            }
            if (v.key == null || !v.key.matches("[A-Z][A-Z0-9_]{0,15}") || v.key.equals(CONTROL)) {
                violations.add(new Segment.Violation(at + ".key",
                        "1 to 16 capital letters, digits or _, starting with a letter, not CONTROL", v.key));
            } else if (keys.contains(v.key)) {
                violations.add(new Segment.Violation(at + ".key", "a key no other variant has", v.key));
            } else {
                keys.add(v.key);
            }
            if (v.weight == null || v.weight < 1 || v.weight > 100) {
                violations.add(new Segment.Violation(at + ".weight", "a whole number from 1 to 100", v.weight));
            }
            if (v.subject == null || v.subject.isBlank() || v.subject.length() > 200) {
                violations.add(new Segment.Violation(at + ".subject", "1 to 200 characters", v.subject));
            }
            if (v.body == null || v.body.isBlank() || v.body.length() > 5000) {
                violations.add(new Segment.Violation(at + ".body", "1 to 5000 characters",
                        v.body == null ? null : v.body.length() + " characters"));
            }
            if (v.link != null && !isWebLink(v.link)) {
                violations.add(new Segment.Violation(at + ".link", "an absolute http or https URL of at most 2000 "
                        + "characters, e.g. https://portal.pitwall.dev/offers/winter-tyres", v.link));
            }
        }
        return violations;
    }

    private static boolean isWebLink(String link) {
        if (link.length() > 2000) {
            return false;
        }
        try {
            URI uri = new URI(link);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
