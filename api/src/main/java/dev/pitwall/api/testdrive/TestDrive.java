package dev.pitwall.api.testdrive;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.pitwall.engagement.repurchase.TestDriveStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A booked test drive as the API shows it. */
@Schema(description = "A test drive of one model on a dealer's demo car", example = TestDrive.EXAMPLE)
public record TestDrive(
        @Schema(description = "Identifies the test drive") String testDriveId,
        @Schema(description = "The subscriber who drives") String subscriberId,
        @Schema(description = "The subscribed vehicle whose repurchase recommendation led here") String vin,
        @Schema(description = "The model's id in the model catalog") String modelId,
        @Schema(description = "The model's name; null when the catalog no longer lists it")
        @JsonInclude(JsonInclude.Include.NON_NULL) String modelName,
        @Schema(description = "The dealer's id in the POI catalog (GET /api/v1/pois/{poiId})") String dealerId,
        @Schema(description = "The dealer's name; null when the POI catalog no longer lists it")
        @JsonInclude(JsonInclude.Include.NON_NULL) String dealerName,
        @Schema(description = "Which of the dealer's demo cars of the model, from 1; chosen by Pitwall") int demoCar,
        @Schema(description = "When the subscriber picks the car up at the dealer") Instant startsAt,
        @Schema(description = "startsAt plus pitwall.test-drives.duration") Instant endsAt,
        TestDriveStatus status,
        @Schema(description = "Token subject of who booked it: the subscriber or an advisor on their behalf")
        String createdBy,
        @Schema(description = "Token subject of who cancelled it or recorded its outcome")
        @JsonInclude(JsonInclude.Include.NON_NULL) String changedBy,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Counts the changes (cancel, outcome)") int version) {

    static final String EXAMPLE = """
            {"testDriveId": "9c2f7e1a-3b4d-4c5e-8f6a-7b8c9d0e1f2a", "subscriberId": "sub-4711",
             "vin": "WVWZZZCDZLW123456", "modelId": "vw-cityline-e", "modelName": "Volkswagen Cityline e",
             "dealerId": "dl-001", "dealerName": "Autohaus Lindner Milbertshofen", "demoCar": 1,
             "startsAt": "2026-02-03T09:00:00Z", "endsAt": "2026-02-03T10:00:00Z", "status": "BOOKED",
             "createdBy": "sub-4711", "createdAt": "2026-01-30T15:45:12.345Z",
             "updatedAt": "2026-01-30T15:45:12.345Z", "version": 0}""";

    /** The same test drive with the catalogs' current names. */
    TestDrive named(String model, String dealer) {
        return new TestDrive(testDriveId, subscriberId, vin, modelId, model, dealerId, dealer, demoCar, startsAt,
                endsAt, status, createdBy, changedBy, createdAt, updatedAt, version);
    }
}
