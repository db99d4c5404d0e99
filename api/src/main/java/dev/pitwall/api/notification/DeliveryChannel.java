package dev.pitwall.api.notification;

import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.SendResult;

/**
 * A transport the dispatcher sends messages over. Contract: {@link #send} returns {@code Delivered} only once the
 * other side took the message (the SMTP server accepted it, the endpoint answered 2xx), and never throws: every
 * failure is a {@code SendResult} saying whether a retry may help.
 */
interface DeliveryChannel {

    Channel channel();

    SendResult send(Delivery delivery);
}
