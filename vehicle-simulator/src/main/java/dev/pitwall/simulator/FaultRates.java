package dev.pitwall.simulator;

/** Probabilities per sample of each injected fault (see {@link SimulatorConfig}). */
record FaultRates(double duplicate, double outOfOrder, double malformed) {

    static FaultRates of(SimulatorConfig config) {
        return new FaultRates(config.duplicateRate(), config.outOfOrderRate(), config.malformedRate());
    }
}
