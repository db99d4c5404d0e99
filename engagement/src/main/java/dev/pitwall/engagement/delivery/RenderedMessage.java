package dev.pitwall.engagement.delivery;

/** A template rendered for one subscriber: what is stored and sent. */
public record RenderedMessage(String subject, String body) {
}
