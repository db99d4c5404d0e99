package dev.pitwall.api.repurchase;

import dev.pitwall.core.maintenance.Component;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Repurchase recommendations ({@code pitwall.repurchase.*}, docs/repurchase.md). The values live in application.yml,
 * the one place they are written down; a missing one fails start-up. The timing weights are engagement's
 * {@code TimingRules.DEFAULTS}; only the band thresholds can be moved here.
 *
 * @param catalogFile         a model catalog in engagement's format; empty: the built-in invented sample
 * @param currency            ISO 4217 code of repairCosts and planMonthlyPrices; the catalog's prices must share it
 * @param repairCosts         typical repair cost of each predicted component (all of them)
 * @param planMonthlyPrices   what each subscription plan costs a month, by plan name (any case); a plan not listed
 *                            is compared with no price. A stopgap until subscriptions carry their price.
 * @param healthTrendWindow   how far back the health trend looks from the vehicle's newest message
 * @param topModels           how many ranked models an answer lists
 * @param dealers             how many nearest dealers an answer lists
 * @param dealerMaxDistanceKm dealers further from the vehicle than this are not suggested
 * @param bands               the band thresholds; unset, engagement's {@code TimingRules.DEFAULTS} (40 and 65)
 */
@Validated
@ConfigurationProperties("pitwall.repurchase")
public record RepurchaseProperties(
        @DefaultValue("") String catalogFile,
        @NotBlank String currency,
        @NotNull Map<Component, BigDecimal> repairCosts,
        @DefaultValue Map<String, BigDecimal> planMonthlyPrices,
        @NotNull Duration healthTrendWindow,
        @Min(1) @Max(20) int topModels,
        @Min(1) @Max(20) int dealers,
        @Positive double dealerMaxDistanceKm,
        @Valid @DefaultValue Bands bands) {

    public RepurchaseProperties {
        catalogFile = catalogFile == null ? "" : catalogFile.strip();
        Map<String, BigDecimal> prices = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (planMonthlyPrices != null) {
            prices.putAll(planMonthlyPrices);
        }
        planMonthlyPrices = prices;
    }

    /** The configured catalog file; empty when the built-in sample is meant. */
    public Optional<Path> catalogPath() {
        return catalogFile.isEmpty() ? Optional.empty() : Optional.of(Path.of(catalogFile));
    }

    /** The monthly price of a plan, ignoring case; empty for a plan not listed. */
    public Optional<BigDecimal> planPrice(String plan) {
        return plan == null ? Optional.empty() : Optional.ofNullable(planMonthlyPrices.get(plan));
    }

    /** Lowest scores of the CONSIDER and READY bands; null: engagement's default. */
    public record Bands(@Min(1) @Max(100) Integer considerFrom, @Min(1) @Max(100) Integer readyFrom) {
    }
}
