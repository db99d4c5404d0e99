package dev.pitwall.api.notification;

import dev.pitwall.engagement.delivery.MessageTemplate;
import dev.pitwall.engagement.delivery.NotificationRequest;
import dev.pitwall.engagement.delivery.TemplateCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Templates shipped with the API under {@value #LOCATION}: {@code <id>.mustache}, whose first line is the subject,
 * then an empty line, then the body, as in an e-mail.
 */
class ClasspathTemplateCatalog implements TemplateCatalog {

    static final String LOCATION = "notification-templates/";

    private final ClassLoader classLoader;
    private final Map<String, MessageTemplate> loaded = new ConcurrentHashMap<>();

    ClasspathTemplateCatalog(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public Optional<MessageTemplate> find(String templateId) {
        if (templateId == null || !NotificationRequest.TEMPLATE_ID.matcher(templateId).matches()) {
            return Optional.empty(); // never a path outside the folder
        }
        MessageTemplate cached = loaded.get(templateId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<MessageTemplate> template = load(templateId);
        template.ifPresent(t -> loaded.put(templateId, t));
        return template;
    }

    private Optional<MessageTemplate> load(String templateId) {
        String resource = LOCATION + templateId + ".mustache";
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(parse(templateId, resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static MessageTemplate parse(String templateId, String resource, String text) {
        String normalized = text.replace("\r\n", "\n");
        int end = normalized.indexOf("\n\n");
        if (end < 1) {
            throw new IllegalStateException(resource + ": expected the subject on the first line, then an empty line, "
                    + "then the body");
        }
        return new MessageTemplate(templateId, normalized.substring(0, end), normalized.substring(end + 2));
    }
}
