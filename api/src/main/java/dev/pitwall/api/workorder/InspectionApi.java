package dev.pitwall.api.workorder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/** The HTTP contract of the inspection checklist and its photos; {@link InspectionController} implements it. */
@Tag(name = "Work orders")
@RequestMapping("/api/v1/bookings/{bookingId}")
public interface InspectionApi {

    String PROBLEM = WorkOrderApi.PROBLEM;
    String PHOTO_ID_EXAMPLE = "7d9e2c1a-4b3f-4e8d-9a6c-1f2e3d4c5b6a";

    String TOO_LARGE_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/photo-too-large", "title": "Photo too large", "status": 413,
             "detail": "Invalid 'file': expected a photo of at most 5242880 bytes, got 5242881 bytes.",
             "instance": "/api/v1/bookings/0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90/checklist/BRAKES/photos",
             "parameter": "file", "expected": "a photo of at most 5242880 bytes"}""";

    String UNSUPPORTED_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/unsupported-photo-type", "title": "Unsupported photo type",
             "status": 415, "detail": "Invalid 'file': expected a JPEG, PNG or WebP image (judged by its content), got content that is none of them (declared as image/jpeg).",
             "instance": "/api/v1/bookings/0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90/checklist/BRAKES/photos",
             "parameter": "file", "expected": "a JPEG, PNG or WebP image (judged by its content)"}""";

    String TOO_MANY_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/conflict", "title": "Too many photos", "status": 409,
             "detail": "Invalid 'file': expected at most 10 photos per checklist item, got photo number 11.",
             "instance": "/api/v1/bookings/0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90/checklist/BRAKES/photos",
             "parameter": "file", "expected": "at most 10 photos per checklist item"}""";

    String NOT_EDITABLE_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/conflict", "title": "Work order cannot do this now", "status": 409,
             "detail": "The checklist of work order 0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90 can change only while it is INSPECTING, AWAITING_APPROVAL or IN_PROGRESS; it is READY.",
             "instance": "/api/v1/bookings/0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90/checklist/BRAKES",
             "parameter": "bookingId", "currentStatus": "READY"}""";

    String BAD_ITEM_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'note': expected what was found, when the result is ADVISORY, got nothing.",
             "instance": "/api/v1/bookings/0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90/checklist/BRAKES", "parameter": "note",
             "expected": "what was found, when the result is ADVISORY",
             "errors": [{"parameter": "note", "expected": "what was found, when the result is ADVISORY", "actual": null}]}""";

    String PHOTO_NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No photo with photoId '7d9e2c1a-4b3f-4e8d-9a6c-1f2e3d4c5b6a' is known.",
             "instance": "/api/v1/bookings/0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90/photos/7d9e2c1a-4b3f-4e8d-9a6c-1f2e3d4c5b6a",
             "parameter": "photoId"}""";

    @Operation(summary = "Record one checklist item's result",
            description = "Workshop only, while INSPECTING, AWAITING_APPROVAL or IN_PROGRESS. Items: BRAKES, TYRES, "
                    + "FLUIDS, LIGHTS, BATTERY, WIPERS, SUSPENSION, STEERING, EXHAUST, BODYWORK. A result other "
                    + "than OK needs a note. Writing again replaces it (version + 1); with version, a change made "
                    + "on a stale copy is refused.")
    @ApiResponse(responseCode = "200", description = "The stored entry", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = WorkOrder.ChecklistEntry.class)))
    @ApiResponse(responseCode = "400", description = "Unknown item, result, or a finding without a note",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = BAD_ITEM_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No booking with this id that the caller may see",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = WorkOrderApi.NOT_FOUND_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "Not in an inspecting state, or a stale version",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = NOT_EDITABLE_EXAMPLE)))
    @PutMapping(path = "/checklist/{item}", consumes = MediaType.APPLICATION_JSON_VALUE)
    WorkOrder.ChecklistEntry recordChecklistItem(
            @Parameter(example = WorkOrderApi.BOOKING_ID_EXAMPLE) @PathVariable String bookingId,
            @Parameter(description = "The checklist item", example = "BRAKES") @PathVariable String item,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true) @RequestBody ChecklistRequest request);

    @Operation(summary = "Add a photo to a checklist item",
            description = "Workshop only, while the checklist may change, to an item recorded before. multipart/"
                    + "form-data with the part 'file': a JPEG, PNG or WebP image by its content (magic bytes; a "
                    + "declared image type must agree), at most pitwall.work-orders.photo-max-size (5 MB), at most "
                    + "photos-per-item (10) per item.")
    @ApiResponse(responseCode = "201", description = "Stored; Location serves the bytes", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = WorkOrder.Photo.class)))
    @ApiResponse(responseCode = "400", description = "No 'file' part, or an empty file",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such booking for the caller, or the item has no result yet",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = WorkOrderApi.NOT_FOUND_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "Too many photos on the item, or not in an inspecting state",
            content = @Content(mediaType = PROBLEM, examples = {
                    @ExampleObject(name = "count", value = TOO_MANY_EXAMPLE),
                    @ExampleObject(name = "status", value = NOT_EDITABLE_EXAMPLE)}))
    @ApiResponse(responseCode = "413", description = "Larger than the limit", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(value = TOO_LARGE_EXAMPLE)))
    @ApiResponse(responseCode = "415", description = "Not a JPEG, PNG or WebP by content", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(value = UNSUPPORTED_EXAMPLE)))
    @PostMapping(path = "/checklist/{item}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<WorkOrder.Photo> addPhoto(
            @Parameter(example = WorkOrderApi.BOOKING_ID_EXAMPLE) @PathVariable String bookingId,
            @Parameter(description = "The checklist item", example = "BRAKES") @PathVariable String item,
            @Parameter(description = "The image") @RequestPart(name = "file", required = false) MultipartFile file);

    @Operation(summary = "A checklist photo's bytes",
            description = "The owner of the booking and the fleet roles; served with the content type its bytes "
                    + "were recognised as.")
    @ApiResponse(responseCode = "200", description = "The image", content = {
            @Content(mediaType = "image/jpeg"), @Content(mediaType = "image/png"), @Content(mediaType = "image/webp")})
    @ApiResponse(responseCode = "404", description = "No such booking for the caller, or no such photo of it",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = PHOTO_NOT_FOUND_EXAMPLE)))
    @GetMapping("/photos/{photoId}")
    ResponseEntity<byte[]> photo(@Parameter(example = WorkOrderApi.BOOKING_ID_EXAMPLE) @PathVariable String bookingId,
            @Parameter(example = PHOTO_ID_EXAMPLE) @PathVariable String photoId);
}
