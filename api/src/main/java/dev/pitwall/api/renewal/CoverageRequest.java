package dev.pitwall.api.renewal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A warranty or insurance sold to a subscriber on a vehicle: exactly the fields a caller may set. */
@Schema(description = "A warranty extension or insurance a subscriber holds on a vehicle", example = """
        {"subscriberId": "sub-4711", "vin": "WVWZZZCDZNW000001", "kind": "WARRANTY",
         "productName": "Extended warranty", "startsOn": "2026-04-01", "endsOn": "2027-04-01",
         "monthlyPrice": 39.00, "currency": "EUR"}""")
public record CoverageRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String subscriberId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String vin,
        @Schema(description = "WARRANTY or INSURANCE", requiredMode = Schema.RequiredMode.REQUIRED) String kind,
        @Schema(description = "1 to 120 characters", requiredMode = Schema.RequiredMode.REQUIRED) String productName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate startsOn,
        @Schema(description = "After startsOn", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate endsOn,
        @Schema(description = "0 or more, at most 2 decimals", requiredMode = Schema.RequiredMode.REQUIRED)
        BigDecimal monthlyPrice,
        @Schema(description = "ISO 4217, e.g. EUR", requiredMode = Schema.RequiredMode.REQUIRED) String currency) {
}
