/**
 * Delivery of notifications, free of any framework: what a message is and why it was sent ({@link
 * dev.pitwall.engagement.delivery.NotificationRequest}, {@link dev.pitwall.engagement.delivery.Cause}), whether it may
 * be sent ({@link dev.pitwall.engagement.delivery.ConsentPolicy}), how it is rendered, signed and retried. The api
 * module stores, dispatches and serves it (docs/notifications.md).
 */
package dev.pitwall.engagement.delivery;
