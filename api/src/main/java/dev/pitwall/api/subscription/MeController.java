package dev.pitwall.api.subscription;

import dev.pitwall.api.ApiProperties;
import dev.pitwall.api.security.Caller;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import org.springframework.web.bind.annotation.RestController;

/** Validates what the caller sent against the API's limits, then asks {@link SubscriptionService}. */
@RestController
class MeController implements MeApi {

    private final SubscriptionService service;
    private final ApiProperties limits;

    MeController(SubscriptionService service, ApiProperties limits) {
        this.service = service;
        this.limits = limits;
    }

    @Override
    public Me me() {
        return service.me().orElseThrow(() -> SubscriberController.notFound(Caller.current().subject()));
    }

    @Override
    public Page<Subscription> mySubscriptions(SubscriptionStatus status, Integer page, Integer size) {
        return service.mySubscriptions(status, PageQuery.of(page, size, limits.paging()));
    }
}
