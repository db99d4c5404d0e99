package dev.pitwall.core.maintenance;

/**
 * The wearing parts Pitwall predicts failures for. Shared vocabulary of the simulator's ground truth, the
 * prediction models, the stream job and the API: the names are part of files and wire payloads, so never
 * rename one.
 */
public enum Component {
    /** 12 V starter battery: resting and cranking voltage sag, worse in the cold. */
    BATTERY("12 V battery"),
    /** Brake pads, worn by braking energy. */
    BRAKE_PADS("brake pads"),
    /** Tyres: slow leaks and tread wear. */
    TIRES("tyres"),
    /** Engine oil: life used up by engine hours and heat. */
    ENGINE_OIL("engine oil"),
    /** Cooling system: coolant temperature drifts upward as it degrades. */
    COOLING("cooling system"),
    /** Ignition: intermittent misfires, more frequent as coils and plugs age. */
    IGNITION("ignition");

    private final String displayName;

    Component(String displayName) {
        this.displayName = displayName;
    }

    /** How a service advisor or subscriber would name the part. */
    public String displayName() {
        return displayName;
    }
}
