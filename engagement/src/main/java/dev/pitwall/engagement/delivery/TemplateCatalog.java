package dev.pitwall.engagement.delivery;

import java.util.Optional;

/** Where message templates come from, by id (the api's come from its classpath; campaigns may bring their own). */
public interface TemplateCatalog {

    Optional<MessageTemplate> find(String templateId);
}
