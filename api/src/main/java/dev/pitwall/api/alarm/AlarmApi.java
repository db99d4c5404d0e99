package dev.pitwall.api.alarm;

import dev.pitwall.api.web.Page;
import dev.pitwall.core.alarm.AlarmType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The HTTP contract of the alarms, with its OpenAPI description; {@link AlarmController} implements it. The success
 * example sits on {@link Alarm}; 401 and 403 answers are added to every operation by {@code OpenApiConfiguration}.
 */
@Tag(name = "Alarms", description = "Alarms over time: vehicle offline, trouble code active too long, battery low "
        + "while parked; raised once and cleared when the condition ends (roles OPERATOR and SERVICE_ADVISOR for every "
        + "vehicle, SUBSCRIBER for the vehicles of their active subscriptions).")
@RequestMapping("/api/v1")
public interface AlarmApi {

    String BAD_TYPE_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'type': expected one of VEHICLE_OFFLINE, DTC_PERSISTENT, BATTERY_LOW_PARKED, got 'FLAT_TIRE'.",
             "instance": "/api/v1/alarms", "parameter": "type",
             "expected": "one of VEHICLE_OFFLINE, DTC_PERSISTENT, BATTERY_LOW_PARKED"}""";

    String BAD_VIN_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'vin': expected 17 characters: digits and capital letters except I, O and Q, got 'ABC'.",
             "instance": "/api/v1/vehicles/ABC/alarms", "parameter": "vin",
             "expected": "17 characters: digits and capital letters except I, O and Q"}""";

    String NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No vehicle with vin '1HGCM82633A004352' is known.",
             "instance": "/api/v1/vehicles/1HGCM82633A004352/alarms", "parameter": "vin"}""";

    String ACTIVE_DESCRIPTION = "true: only active alarms; false: only cleared ones; absent: both";
    String TYPE_DESCRIPTION = "Only alarms of this type; all types when absent";
    String PAGE_DESCRIPTION = "Page number, from 0";
    String SIZE_DESCRIPTION = "Page size, 1 to pitwall.api.paging.max-size (200); default 20";

    @Operation(summary = "The fleet's alarms, newest raised first",
            description = "Pages are numbered from 0. With active=true this is what needs attention now. Times are "
                    + "event time: an offline alarm is raised once event time has passed the vehicle's last message by "
                    + "the job's --alarm-offline-after, which needs other vehicles to keep reporting. A subscriber gets "
                    + "only the alarms of the vehicles of their active subscriptions.")
    @ApiResponse(responseCode = "200", description = "One page of alarms, newest raised first")
    @ApiResponse(responseCode = "400", description = "active, type, page or size is invalid",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_TYPE_EXAMPLE)))
    @GetMapping("/alarms")
    Page<Alarm> fleetAlarms(
            @Parameter(description = ACTIVE_DESCRIPTION, schema = @Schema(type = "boolean"), example = "true")
            @RequestParam(required = false) String active,
            @Parameter(description = TYPE_DESCRIPTION) @RequestParam(required = false) AlarmType type,
            @Parameter(description = PAGE_DESCRIPTION, example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = SIZE_DESCRIPTION, example = "20") @RequestParam(required = false) Integer size);

    @Operation(summary = "One vehicle's alarms, newest raised first")
    @ApiResponse(responseCode = "200", description = "One page of the vehicle's alarms, newest raised first (empty "
            + "for a vehicle that never had one)")
    @ApiResponse(responseCode = "400", description = "vin, active, type, page or size is invalid",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_VIN_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No vehicle with this VIN has reported, or the caller may not "
            + "see it (the same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @GetMapping("/vehicles/{vin}/alarms")
    Page<Alarm> vehicleAlarms(
            @Parameter(description = "17 characters: digits and capital letters except I, O and Q",
                    example = "1HGCM82633A004352") @PathVariable String vin,
            @Parameter(description = ACTIVE_DESCRIPTION, schema = @Schema(type = "boolean"), example = "true")
            @RequestParam(required = false) String active,
            @Parameter(description = TYPE_DESCRIPTION) @RequestParam(required = false) AlarmType type,
            @Parameter(description = PAGE_DESCRIPTION, example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = SIZE_DESCRIPTION, example = "20") @RequestParam(required = false) Integer size);
}
