/** Predictive maintenance: features, Tribuo models, evaluation and the C-MAPSS runner. */
package dev.pitwall.prediction;
