package dev.pitwall.core.health;

/**
 * One reason a health score is below 100: which rule fired, how many points it took away, and the
 * observation behind it in words a service advisor understands.
 */
public record HealthContribution(String rule, int points, String reason) {
}
