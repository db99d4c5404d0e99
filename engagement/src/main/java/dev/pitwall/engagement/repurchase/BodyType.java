package dev.pitwall.engagement.repurchase;

/** The body of a model in the catalog. */
public enum BodyType {
    HATCHBACK, SEDAN, ESTATE, SUV, MPV
}
