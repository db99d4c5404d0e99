package dev.pitwall.engagement.renewal;

/**
 * One adjustment of a renewal price, with the reason the subscriber is shown.
 *
 * @param code stable identifier, e.g. {@code EARLY_RENEWAL}
 * @param percent change of the monthly price in percent: negative is a discount, positive a surcharge
 * @param reason the sentence the offer shows
 */
public record Incentive(String code, int percent, String reason) {
}
