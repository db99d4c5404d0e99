package dev.pitwall.api.renewal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A stored warranty or insurance. */
@Schema(description = "A warranty extension or insurance on a vehicle; renewal offers come before endsOn",
        example = """
                {"coverageId": "5b1f3a3c-2d64-4d7e-9f0a-8c1b2e3d4f50", "subscriberId": "sub-4711",
                 "vin": "WVWZZZCDZNW000001", "kind": "WARRANTY", "productName": "Extended warranty",
                 "startsOn": "2026-04-01", "endsOn": "2027-04-01", "monthlyPrice": 39.00, "currency": "EUR",
                 "status": "ACTIVE"}""")
public record Coverage(UUID coverageId, String subscriberId, String vin, String kind, String productName,
        LocalDate startsOn, LocalDate endsOn, BigDecimal monthlyPrice, String currency, String status) {
}
