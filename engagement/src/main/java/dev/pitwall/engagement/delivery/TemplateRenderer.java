package dev.pitwall.engagement.delivery;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders {@link MessageTemplate}s with JMustache. Strict: a variable the model lacks fails the rendering (and with
 * it the caller's enqueue) instead of sending a message with a hole. Bodies are plain text, so nothing is
 * HTML-escaped; a subject is kept to one line, because it becomes an e-mail header.
 */
public final class TemplateRenderer {

    private final Mustache.Compiler compiler = Mustache.compiler().escapeHTML(false);
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    /** @throws IllegalArgumentException when the template is malformed or refers to a value the model lacks */
    public RenderedMessage render(MessageTemplate template, Map<String, ?> model) {
        String subject = execute(template, "subject", template.subject(), model).strip().replaceAll("\\s+", " ");
        String body = execute(template, "body", template.body(), model);
        return new RenderedMessage(subject, body);
    }

    private String execute(MessageTemplate template, String part, String text, Map<String, ?> model) {
        try {
            return compiled.computeIfAbsent(text, compiler::compile).execute(model);
        } catch (MustacheException e) {
            throw new IllegalArgumentException("template '" + template.id() + "' (" + part + "): " + e.getMessage(),
                    e);
        }
    }
}
