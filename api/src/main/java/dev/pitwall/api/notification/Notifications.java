package dev.pitwall.api.notification;

import dev.pitwall.api.notification.SubscriberDirectory.Recipient;
import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.ChannelPreferences;
import dev.pitwall.engagement.delivery.ConsentPolicy;
import dev.pitwall.engagement.delivery.DeliveryStatus;
import dev.pitwall.engagement.delivery.MessageTemplate;
import dev.pitwall.engagement.delivery.NotificationRequest;
import dev.pitwall.engagement.delivery.Purpose;
import dev.pitwall.engagement.delivery.RenderedMessage;
import dev.pitwall.engagement.delivery.SuppressionReason;
import dev.pitwall.engagement.delivery.TemplateCatalog;
import dev.pitwall.engagement.delivery.TemplateRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way to send a subscriber a message: lead prompts, campaigns, offers, bookings and renewals call
 * {@link #enqueue} in the same transaction as their own writes, so the message exists exactly when the fact that
 * caused it does. The message is rendered and checked against the subscriber's consent now (a suppressed one is
 * stored with its reason, so the funnel can count it); in-app messages are delivered by being stored, the
 * {@link NotificationDispatcher} sends the others after the commit. Enqueueing a cause again stores nothing new.
 */
public class Notifications {

    private final SubscriberDirectory subscribers;
    private final PreferenceRepository preferences;
    private final WebhookEndpointRepository webhooks;
    private final NotificationStore store;
    private final TemplateCatalog templates;
    private final TemplateRenderer renderer;
    private final NotificationMetrics metrics;
    private final ClickLinks clicks;

    Notifications(SubscriberDirectory subscribers, PreferenceRepository preferences,
            WebhookEndpointRepository webhooks, NotificationStore store, TemplateCatalog templates,
            TemplateRenderer renderer, NotificationMetrics metrics, ClickLinks clicks) {
        this.subscribers = subscribers;
        this.preferences = preferences;
        this.webhooks = webhooks;
        this.store = store;
        this.templates = templates;
        this.renderer = renderer;
        this.metrics = metrics;
        this.clicks = clicks;
    }

    /**
     * Stores the request's messages, one per channel (per endpoint for webhooks). Must run in the caller's
     * transaction (Spring refuses the call otherwise).
     *
     * @return each message, with {@code duplicate} set for those the same cause had already stored
     * @throws IllegalArgumentException when the subscriber or the template is unknown, or the template refers to a
     *                                  value the request's model lacks
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<EnqueuedNotification> enqueue(NotificationRequest request) {
        Recipient recipient = subscribers.find(request.subscriberId()).orElseThrow(() -> new IllegalArgumentException(
                "subscriberId: no subscriber '" + request.subscriberId() + "' is known"));
        MessageTemplate template = templates.find(request.templateId()).orElseThrow(() ->
                new IllegalArgumentException("templateId: no template '" + request.templateId() + "' is known"));
        RenderedMessage message = renderer.render(template, model(request, recipient));
        ChannelPreferences choices = preferences.find(request.subscriberId());

        List<EnqueuedNotification> enqueued = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            if (!request.channels().contains(channel)) {
                continue;
            }
            switch (channel) {
                case EMAIL -> enqueued.add(storeTracked(request, template, recipient, message, channel,
                        ConsentPolicy.suppression(choices, request.purpose(), channel, recipient.hasEmail())));
                case IN_APP -> enqueued.add(storeTracked(request, template, recipient, message, channel,
                        ConsentPolicy.suppression(choices, request.purpose(), channel, true)));
                case WEBHOOK -> {
                    List<UUID> endpoints = webhooks.activeFor(request.cause().kind());
                    if (endpoints.isEmpty()) {
                        enqueued.add(store(request, message, channel, null,
                                ConsentPolicy.suppression(choices, request.purpose(), channel, false)));
                    }
                    for (UUID endpoint : endpoints) {
                        enqueued.add(store(request, message, channel, endpoint,
                                ConsentPolicy.suppression(choices, request.purpose(), channel, true)));
                    }
                }
            }
        }
        countAfterCommit(enqueued);
        return enqueued;
    }

    /**
     * An e-mail or inbox message. A MARKETING message with a deep link says the {@link ClickLinks} link of its own id
     * instead, so that following it is counted (a campaign's {@code clicked}) before it leads on; SERVICE messages
     * link straight to their target.
     */
    private EnqueuedNotification storeTracked(NotificationRequest request, MessageTemplate template,
            Recipient recipient, RenderedMessage message, Channel channel, Optional<SuppressionReason> suppression) {
        UUID id = UUID.randomUUID();
        if (request.purpose() != Purpose.MARKETING || request.deepLink() == null) {
            return store(id, request, message, channel, null, suppression);
        }
        Map<String, Object> model = model(request, recipient);
        model.put("deepLink", clicks.of(id).toString());
        return store(id, request, renderer.render(template, model), channel, null, suppression);
    }

    private EnqueuedNotification store(NotificationRequest request, RenderedMessage message, Channel channel,
            UUID webhookId, Optional<SuppressionReason> suppression) {
        return store(UUID.randomUUID(), request, message, channel, webhookId, suppression);
    }

    private EnqueuedNotification store(UUID id, NotificationRequest request, RenderedMessage message,
            Channel channel, UUID webhookId, Optional<SuppressionReason> suppression) {
        DeliveryStatus status = suppression.isPresent() ? DeliveryStatus.SUPPRESSED
                // the inbox is the in-app channel: storing the message delivers it
                : channel == Channel.IN_APP ? DeliveryStatus.SENT : DeliveryStatus.PENDING;
        return store.insert(new NewNotification(id, request.subscriberId(), channel,
                request.purpose(), webhookId, request.templateId(), message, request.deepLink(), request.cause(),
                status, suppression.orElse(null)));
    }

    /** The request's values, and the ones every template may use, which win. */
    private static Map<String, Object> model(NotificationRequest request, Recipient recipient) {
        Map<String, Object> model = new HashMap<>(request.model());
        model.put("deepLink", request.deepLink() == null ? "" : request.deepLink().toString());
        model.put("subscriber", Map.of("name", recipient.displayName()));
        return model;
    }

    /** Counted once committed: a rolled-back enqueue stored nothing. */
    private void countAfterCommit(List<EnqueuedNotification> enqueued) {
        List<EnqueuedNotification> fresh = enqueued.stream().filter(e -> !e.duplicate()).toList();
        if (fresh.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                fresh.forEach(e -> metrics.enqueued(e.channel(), e.status()));
            }
        });
    }
}
