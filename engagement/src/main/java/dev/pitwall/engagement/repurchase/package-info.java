/**
 * Repurchase recommendations (docs/repurchase.md): when to offer a subscriber a new car ({@link RepurchaseTiming})
 * and which ({@link ModelRanker}), each with the reasons a service advisor can read out. Plain Java: the api module
 * reads the signals and serves them.
 */
package dev.pitwall.engagement.repurchase;
