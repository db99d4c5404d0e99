package dev.pitwall.api.renewal;

import dev.pitwall.api.PortalProperties;
import dev.pitwall.api.notification.Notifications;
import dev.pitwall.engagement.delivery.Cause;
import dev.pitwall.engagement.delivery.CauseKind;
import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.NotificationRequest;
import dev.pitwall.engagement.delivery.Purpose;
import dev.pitwall.engagement.renewal.RenewalOfferDraft;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Tells the subscriber about a new renewal offer, by e-mail and in-app, with a link to the offer in the portal. A
 * SERVICE message: it is about the end of the subscriber's own contract (GDPR Art. 6(1)(b)), so it goes unless the
 * subscriber opted out of the channel. The cause is the offer, so a replayed plan sends nothing twice.
 */
@Component
class RenewalMessages {

    static final String TEMPLATE = "renewal-offer";

    private final Notifications notifications;
    private final PortalProperties portal;

    RenewalMessages(Notifications notifications, PortalProperties portal) {
        this.notifications = notifications;
        this.portal = portal;
    }

    /** In the transaction that stored the offer. */
    void offered(RenewalOfferDraft offer) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("productName", offer.product().name());
        model.put("vin", offer.product().vin());
        model.put("endsOn", offer.product().endsOn().toString());
        model.put("termMonths", offer.termMonths());
        model.put("offeredMonthly", offer.quote().offeredMonthly().toPlainString());
        model.put("currentMonthly", offer.quote().currentMonthly().toPlainString());
        model.put("currency", offer.product().currency());
        model.put("validUntil", offer.stage().validUntil().toString());
        model.put("incentives", offer.quote().incentives().stream()
                .map(incentive -> Map.<String, Object>of("reason", incentive.reason())).toList());
        notifications.enqueue(new NotificationRequest(offer.product().subscriberId(), Purpose.SERVICE,
                Set.of(Channel.EMAIL, Channel.IN_APP), TEMPLATE, model,
                portal.link("renewals/" + offer.offerId()), Cause.of(CauseKind.RENEWAL, offer.offerId().toString())));
    }
}
