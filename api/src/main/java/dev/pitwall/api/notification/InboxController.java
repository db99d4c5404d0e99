package dev.pitwall.api.notification;

import dev.pitwall.api.web.UuidParameter;

import dev.pitwall.api.ApiProperties;
import dev.pitwall.api.security.Caller;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.api.web.ResourceNotFoundException;
import java.util.UUID;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in subscriber's inbox; the token's subject is the subscriber, and part of every query. */
@RestController
class InboxController implements InboxApi {

    private final NotificationQueries queries;
    private final ApiProperties api;

    InboxController(NotificationQueries queries, ApiProperties api) {
        this.queries = queries;
        this.api = api;
    }

    @Override
    public Page<InboxMessage> inbox(Integer page, Integer size) {
        return queries.inbox(Caller.current().subject(), PageQuery.of(page, size, api.paging()));
    }

    @Override
    public InboxMessage markRead(String messageId) {
        UUID id = UuidParameter.require("messageId", messageId);
        return queries.markRead(Caller.current().subject(), id).orElseThrow(
                () -> new ResourceNotFoundException("inbox message", "messageId", id.toString()));
    }
}
