package dev.pitwall.api.notification;

import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.Purpose;
import dev.pitwall.engagement.delivery.SendResult;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * E-mail over SMTP ({@code spring.mail.*}): plain text, UTF-8, with RFC 8058 one-click unsubscribe
 * ({@code List-Unsubscribe} and {@code List-Unsubscribe-Post}), the same link in the footer, and the message's id and
 * cause in {@value #NOTIFICATION_HEADER} and {@value #CAUSE_HEADER}. Delivered means the SMTP server accepted it.
 */
class EmailChannel implements DeliveryChannel {

    static final String NOTIFICATION_HEADER = "Pitwall-Notification-Id";
    static final String CAUSE_HEADER = "Pitwall-Cause";

    private final JavaMailSender sender;
    private final InternetAddress from;
    private final UnsubscribeLinks links;

    EmailChannel(JavaMailSender sender, String from, UnsubscribeLinks links) {
        this.sender = sender;
        try {
            this.from = new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("pitwall.notifications.email.from: expected an address such as "
                    + "'Pitwall <notifications@pitwall.dev>', got '" + from + "'", e);
        }
        this.links = links;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public SendResult send(Delivery delivery) {
        MimeMessage message;
        try {
            message = compose(delivery);
        } catch (AddressException e) {
            return new SendResult.PermanentFailure("invalid address '" + delivery.email() + "': " + e.getMessage());
        } catch (MessagingException | UnsupportedEncodingException e) {
            return new SendResult.PermanentFailure("cannot compose the e-mail: " + e.getMessage());
        }
        try {
            sender.send(message);
            return SendResult.delivered();
        } catch (MailSendException e) {
            return rejectedAddress(e) ? new SendResult.PermanentFailure("SMTP rejected the address: " + e.getMessage())
                    : new SendResult.TransientFailure("SMTP: " + e.getMessage());
        } catch (MailAuthenticationException e) {
            return new SendResult.TransientFailure("SMTP authentication failed: " + e.getMessage());
        } catch (MailException e) {
            return new SendResult.TransientFailure("SMTP: " + e.getMessage());
        }
    }

    MimeMessage compose(Delivery delivery) throws MessagingException, UnsupportedEncodingException {
        URI unsubscribe = links.link(delivery.subscriberId(), Channel.EMAIL, delivery.purpose());
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        InternetAddress to = new InternetAddress(delivery.email(), true);
        to.setPersonal(delivery.displayName(), "UTF-8");
        helper.setTo(to);
        helper.setSubject(delivery.subject());
        helper.setText(delivery.body().stripTrailing() + "\n\n-- \n" + footer(delivery.purpose()) + unsubscribe + "\n");
        message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader(NOTIFICATION_HEADER, delivery.notificationId().toString());
        message.setHeader(CAUSE_HEADER, delivery.cause().reference()
                + (delivery.cause().variant() == null ? "" : "; variant=" + delivery.cause().variant()));
        return message;
    }

    private static String footer(Purpose purpose) {
        return purpose == Purpose.MARKETING
                ? "You receive offers by e-mail because you agreed to. To stop them, open:\n"
                : "You receive service messages about your car by e-mail as part of your subscription. "
                        + "To stop them by e-mail, open:\n";
    }

    /** A 5xx for a recipient: the same address will be refused again. */
    private static boolean rejectedAddress(MailSendException e) {
        for (Exception failure : e.getFailedMessages().values()) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                        && sendFailed.getInvalidAddresses().length > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
