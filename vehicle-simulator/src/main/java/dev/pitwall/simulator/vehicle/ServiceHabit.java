package dev.pitwall.simulator.vehicle;

/**
 * How an owner looks after the car: when a service counts as due, how quickly they book the workshop, how often
 * they put a due service off, and how often a warning lamp makes them book one early.
 */
public enum ServiceHabit {
    //          oil due at %, interval days, km factor, reaction days, skip p, warning p, TPMS p
    DILIGENT(10, 365, 1.0, 4, 0.03, 0.6, 0.8),
    AVERAGE(3, 420, 1.1, 10, 0.12, 0.3, 0.5),
    NEGLECTFUL(0, 560, 1.35, 25, 0.5, 0.08, 0.2);

    private final double oilDueAtPct;
    private final double serviceIntervalDays;
    private final double intervalKmFactor;
    private final double meanReactionDays;
    private final double skipProbability;
    private final double warningResponse;
    private final double tpmsResponse;

    ServiceHabit(double oilDueAtPct, double serviceIntervalDays, double intervalKmFactor, double meanReactionDays,
            double skipProbability, double warningResponse, double tpmsResponse) {
        this.oilDueAtPct = oilDueAtPct;
        this.serviceIntervalDays = serviceIntervalDays;
        this.intervalKmFactor = intervalKmFactor;
        this.meanReactionDays = meanReactionDays;
        this.skipProbability = skipProbability;
        this.warningResponse = warningResponse;
        this.tpmsResponse = tpmsResponse;
    }

    /** The oil-life reading (percent) at which the owner counts the service as due. */
    double oilDueAtPct() {
        return oilDueAtPct;
    }

    /** Days after the last service at which the next is due by time. */
    double serviceIntervalDays() {
        return serviceIntervalDays;
    }

    /** Multiplies the model's service interval in km. */
    double intervalKmFactor() {
        return intervalKmFactor;
    }

    /** Mean delay between noticing a due service and the workshop visit, days (exponential). */
    double meanReactionDays() {
        return meanReactionDays;
    }

    /** Probability of putting off a due service for another few weeks. */
    double skipProbability() {
        return skipProbability;
    }

    /** Probability that a new warning (trouble code, wear indicator) makes the owner book a visit. */
    double warningResponse() {
        return warningResponse;
    }

    /** Probability, at each stop while the tyre-pressure warning is on, that the owner has the tyre seen to. */
    double tpmsResponse() {
        return tpmsResponse;
    }
}
