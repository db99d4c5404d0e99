package dev.pitwall.api.notification;

import dev.pitwall.api.ApiProperties;
import dev.pitwall.api.notification.NotificationQueries.TraceFilter;
import dev.pitwall.api.web.InvalidParameterException;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.engagement.delivery.Cause;
import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.DeliveryStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff trace messages to the cause that made Pitwall send them. */
@RestController
class NotificationTraceController implements NotificationTraceApi {

    private final NotificationQueries queries;
    private final ApiProperties api;

    NotificationTraceController(NotificationQueries queries, ApiProperties api) {
        this.queries = queries;
        this.api = api;
    }

    @Override
    public Page<NotificationRecord> notifications(String cause, String subscriberId, Channel channel,
            DeliveryStatus status, Integer page, Integer size) {
        PageQuery pageQuery = PageQuery.of(page, size, api.paging());
        String subscriber = subscriberId == null || subscriberId.isBlank() ? null : subscriberId.strip();
        return queries.trace(new TraceFilter(cause(cause), subscriber, channel, status), pageQuery);
    }

    private static Cause cause(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        try {
            return Cause.parse(reference);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("cause", Cause.REFERENCE_FORMAT, reference);
        }
    }
}
