package dev.pitwall.simulator;

/** A simulation run could not do its job (broker unreachable, manifest not writable); the message says why. */
public class SimulatorException extends RuntimeException {

    public SimulatorException(String message) {
        super(message);
    }

    public SimulatorException(String message, Throwable cause) {
        super(message, cause);
    }
}
