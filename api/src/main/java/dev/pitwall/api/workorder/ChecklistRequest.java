package dev.pitwall.api.workorder;

import io.swagger.v3.oas.annotations.media.Schema;

/** One inspection result. */
@Schema(description = "The result of one checklist item", example = """
        {"result": "ADVISORY", "note": "Front pads at 3 mm", "version": 0}""")
record ChecklistRequest(
        @Schema(description = "OK, ADVISORY (worth doing soon) or URGENT", allowableValues = {"OK", "ADVISORY",
                "URGENT"}, requiredMode = Schema.RequiredMode.REQUIRED) String result,
        @Schema(description = "What was found; needed unless OK; at most 1000 characters") String note,
        @Schema(description = "The entry's version as last read: refuses a change made on a stale copy (409); "
                + "omit it to write regardless") Integer version) {
}
