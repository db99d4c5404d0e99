/** Proactive service prompts: when a lead's subscriber hears about it, and what the message and its deep link say. */
package dev.pitwall.engagement.prompt;
