package dev.pitwall.api.campaign;

import dev.pitwall.api.ApiProperties;
import dev.pitwall.api.security.Caller;
import dev.pitwall.api.web.ApiProblemHandler;
import dev.pitwall.api.web.InvalidParameterException;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.api.web.RequestBodyFields;
import dev.pitwall.api.web.RequestBodyFields.Field;
import dev.pitwall.api.web.UuidParameter;
import dev.pitwall.engagement.campaign.Segment;
import java.net.URI;
import java.util.Set;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Validates what the caller sent, then asks {@link CampaignService}. */
@RestController
class CampaignController implements CampaignApi {

    static final Set<String> STATUSES = Set.of("DRAFT", "ACTIVE", "COMPLETED", "CANCELLED");
    private static final RequestBodyFields BODY = new RequestBodyFields(
            Field.of("name", "text"), Field.of("segment", "a segment object (docs/campaigns.md)"),
            Field.of("channel", "EMAIL or IN_APP"), Field.array("variants", "an array of variants", "a variant object"),
            Field.of("controlPercent", "a whole number from 0 to 50"),
            Field.of("cap", "an object with messages and days"),
            Field.of("trigger", "an object with type and sendAt or event"));

    private final CampaignService service;
    private final ApiProperties limits;

    CampaignController(CampaignService service, ApiProperties limits) {
        this.service = service;
        this.limits = limits;
    }

    @Override
    public SegmentPreview preview(Segment segment) {
        return new SegmentPreview(service.preview(segment));
    }

    @Override
    public ResponseEntity<Campaign> create(CampaignRequest request) {
        Campaign campaign = service.create(request, Caller.current());
        URI location = UriComponentsBuilder.fromPath("/api/v1/campaigns/{id}").build(campaign.campaignId());
        return ResponseEntity.created(location).body(campaign);
    }

    @Override
    public Page<Campaign> campaigns(String status, Integer page, Integer size) {
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidParameterException("status", "one of " + STATUSES.stream().sorted().toList(), status);
        }
        return service.list(status, PageQuery.of(page, size, limits.paging()));
    }

    @Override
    public Campaign campaign(String campaignId) {
        return service.find(UuidParameter.require("campaignId", campaignId));
    }

    @Override
    public Campaign launch(String campaignId) {
        return service.launch(UuidParameter.require("campaignId", campaignId));
    }

    @Override
    public Campaign cancel(String campaignId) {
        return service.cancel(UuidParameter.require("campaignId", campaignId));
    }

    @Override
    public CampaignResults results(String campaignId) {
        return service.results(UuidParameter.require("campaignId", campaignId));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
        return ApiProblemHandler.problem(BODY.unreadable(ex));
    }
}
