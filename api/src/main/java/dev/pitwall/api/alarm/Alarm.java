package dev.pitwall.api.alarm;

import dev.pitwall.core.alarm.AlarmType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** One alarm of one vehicle as the stream job recorded it: when its condition began, was raised and ended. */
@Schema(description = "An alarm: raised once when its condition lasted long enough, cleared once when it ended. "
        + "All times are event time (the vehicles' own timestamps).", example = """
        {"vin": "1HGCM82633A004352", "type": "DTC_PERSISTENT", "subject": "P0301", "active": false,
         "since": "2026-01-31T07:55:00Z", "raisedAt": "2026-01-31T08:55:00Z", "clearedAt": "2026-01-31T09:00:00Z",
         "detail": "P0301 active since 2026-01-31T07:55:00Z (1 h)",
         "clearedDetail": "P0301 no longer reported at 2026-01-31T09:00:00Z, after 1 h 5 min active"}""")
public record Alarm(
        String vin,
        AlarmType type,
        @Schema(description = "The trouble code for DTC_PERSISTENT, empty otherwise") String subject,
        @Schema(description = "Raised and not cleared yet") boolean active,
        @Schema(description = "When the condition began: the last message before the silence, the first message "
                + "reporting the code, the first message with the battery low at rest") Instant since,
        @Schema(description = "since plus the rule's duration") Instant raisedAt,
        @Schema(description = "The message that ended the condition; null while active") Instant clearedAt,
        @Schema(description = "The evidence for raising it") String detail,
        @Schema(description = "The evidence for clearing it; null while active") String clearedDetail) {
}
