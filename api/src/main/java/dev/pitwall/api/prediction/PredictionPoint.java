package dev.pitwall.api.prediction;

import java.time.Instant;

/** One point of a component's trend: the probability of failure and the remaining life at one moment. */
public record PredictionPoint(Instant eventTime, double probability, Double expectedRulDays) {
}
