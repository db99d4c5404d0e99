package dev.pitwall.engagement.delivery;

/**
 * A message's wording in Mustache syntax (logic-less: {@code {{name}}}, {@code {{#list}}...{{/list}}}).
 *
 * @param subject one line: the e-mail's subject, the inbox entry's title
 * @param body    plain text
 */
public record MessageTemplate(String id, String subject, String body) {

    public MessageTemplate {
        if (id == null || !NotificationRequest.TEMPLATE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("template id: expected " + NotificationRequest.TEMPLATE_ID
                    + ", got '" + id + "'");
        }
        if (subject == null || subject.isBlank() || body == null || body.isBlank()) {
            throw new IllegalArgumentException("template '" + id + "': expected a subject and a body");
        }
    }
}
