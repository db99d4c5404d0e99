package dev.pitwall.api.workorder;

import dev.pitwall.api.security.Caller;
import dev.pitwall.api.web.ApiProblemHandler;
import dev.pitwall.api.web.InvalidParameterException;
import dev.pitwall.api.web.RequestBodyFields;
import dev.pitwall.api.web.RequestBodyFields.Field;
import dev.pitwall.api.web.UuidParameter;
import dev.pitwall.engagement.workorder.ChecklistItem;
import dev.pitwall.engagement.workorder.ChecklistRules;
import dev.pitwall.engagement.workorder.InvalidWorkOrderInputException;
import dev.pitwall.engagement.workorder.PhotoRules;
import dev.pitwall.engagement.workorder.PhotoRules.PhotoRefusedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads the path and the upload, then asks {@link InspectionService}. Multipart requests are resolved lazily
 * (spring.servlet.multipart.resolve-lazily), so an upload over the servlet's size limit fails here and is
 * answered like any other photo refused for its size.
 */
@RestController
class InspectionController implements InspectionApi {

    private static final RequestBodyFields BODY = new RequestBodyFields(
            Field.of("result", "one of OK, ADVISORY, URGENT"), Field.of("note", "text"),
            Field.of("version", "an integer: the entry's version as last read"));

    private final InspectionService inspections;
    private final PhotoRules photoRules;

    InspectionController(InspectionService inspections, PhotoRules photoRules) {
        this.inspections = inspections;
        this.photoRules = photoRules;
    }

    @Override
    public WorkOrder.ChecklistEntry recordChecklistItem(String bookingId, String item, ChecklistRequest request) {
        UUID id = WorkOrderController.bookingId(bookingId);
        ChecklistItem checklistItem = ChecklistRules.item(item);
        ChecklistRules.Entry entry = ChecklistRules.entry(checklistItem, request.result(), request.note());
        return inspections.record(Caller.current(), id, entry, request.version());
    }

    @Override
    public ResponseEntity<WorkOrder.Photo> addPhoto(String bookingId, String item, MultipartFile file) {
        UUID id = WorkOrderController.bookingId(bookingId);
        ChecklistItem checklistItem = ChecklistRules.item(item);
        if (file == null) {
            throw new InvalidParameterException("file", "a multipart/form-data part 'file' holding the image",
                    "no such part");
        }
        if (file.getSize() > photoRules.maxBytes()) {
            throw photoRules.tooLarge(file.getSize() + " bytes"); // before reading it into memory
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? null
                : file.getOriginalFilename().strip();
        WorkOrder.Photo photo = inspections.addPhoto(Caller.current(), id, checklistItem, content,
                file.getContentType(), name == null || name.length() > 255 ? null : name);
        return ResponseEntity.created(URI.create(photo.href())).body(photo);
    }

    @Override
    public ResponseEntity<byte[]> photo(String bookingId, String photoId) {
        UUID id = WorkOrderController.bookingId(bookingId);
        UUID photo = UuidParameter.require("photoId", photoId, PHOTO_ID_EXAMPLE);
        InspectionRepository.PhotoContent content = inspections.photo(Caller.current(), id, photo);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .body(content.content());
    }

    @ExceptionHandler(PhotoRefusedException.class)
    ResponseEntity<ProblemDetail> refused(PhotoRefusedException e) {
        return WorkOrderProblems.refused(e);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return WorkOrderProblems.refused(photoRules.tooLarge("a larger upload"));
    }

    @ExceptionHandler(InvalidWorkOrderInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidWorkOrderInputException e) {
        return WorkOrderProblems.invalid(e);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
        return ApiProblemHandler.problem(BODY.unreadable(ex));
    }
}
