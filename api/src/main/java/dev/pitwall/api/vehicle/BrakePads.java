package dev.pitwall.api.vehicle;

import io.swagger.v3.oas.annotations.media.Schema;

/** Brake pad wear per axle, from each axle's wear sensor; null where not reported. */
public record BrakePads(
        @Schema(description = "Front axle pad wear, %: 0 = new, 100 = worn to the wear limit", example = "42.0")
        Double frontWearPct,
        @Schema(description = "Rear axle pad wear, %: 0 = new, 100 = worn to the wear limit", example = "27.0")
        Double rearWearPct) {
}
