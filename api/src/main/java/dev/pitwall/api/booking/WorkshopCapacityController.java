package dev.pitwall.api.booking;

import dev.pitwall.api.web.ApiProblemHandler;
import dev.pitwall.api.web.RequestBodyFields;
import dev.pitwall.api.web.RequestBodyFields.Field;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;

/** Reads and sets workshops' capacity through {@link CapacityService}; answers an unreadable body naming the field. */
@RestController
class WorkshopCapacityController implements WorkshopCapacityApi {

    private static final RequestBodyFields BODY = new RequestBodyFields(
            Field.of("bays", "an integer from 1 to 100"),
            Field.of("courtesyCars", "an integer from 0 to 1000"));

    private final CapacityService capacities;

    WorkshopCapacityController(CapacityService capacities) {
        this.capacities = capacities;
    }

    @Override
    public WorkshopCapacityView capacity(String workshopId) {
        return capacities.capacity(workshopId);
    }

    @Override
    public WorkshopCapacityView setCapacity(String workshopId, CapacityRequest request) {
        return capacities.set(workshopId, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
        return ApiProblemHandler.problem(BODY.unreadable(ex));
    }
}
