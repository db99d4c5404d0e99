package dev.pitwall.api.vehicle;

import io.swagger.v3.oas.annotations.media.Schema;

/** The 12 V battery's voltages; null where not reported. */
public record Battery(
        @Schema(description = "Battery voltage, V: at rest with the engine off, the charging voltage with it running; "
                + "the same value as batteryVoltage", example = "12.4")
        Double voltage,
        @Schema(description = "Lowest battery voltage during the most recent engine start (the cranking dip), V",
                example = "10.35")
        Double crankingVoltage) {
}
