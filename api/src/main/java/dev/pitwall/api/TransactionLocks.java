package dev.pitwall.api;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL transaction-scoped advisory locks by name ({@code pg_advisory_xact_lock}), released when the transaction
 * ends. For serialising work on things that have no row to lock, e.g. a workshop with default capacity.
 */
public final class TransactionLocks {

    private TransactionLocks() {
    }

    /**
     * Takes the locks in the order given, waiting for each. Every caller that takes several must take them in one
     * global order (e.g. vehicle before workshop), so that two transactions never wait for each other in a cycle.
     */
    public static void lock(JdbcClient jdbc, String... keys) {
        for (String key : keys) {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", key)
                    .query((rs, n) -> 1).single();
        }
    }
}
