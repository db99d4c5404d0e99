package dev.pitwall.stream;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.apache.flink.connector.jdbc.JdbcConnectionOptions;
import org.apache.flink.connector.jdbc.datasource.connections.JdbcConnectionProvider;
import org.apache.flink.connector.jdbc.datasource.connections.SimpleJdbcConnectionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JDBC connection provider that rides out short database outages. The JDBC sink retries a failed batch, but
 * when the connection itself is gone it asks for a new one exactly once and fails the job if that does not
 * work. This provider keeps trying with exponential backoff for up to {@code reconnectTimeout} first, so a
 * database restart or fail-over of a few seconds costs a pause instead of a job restart. A longer outage
 * still fails the job, and the restart strategy (exponential delay, unbounded) takes over from there.
 */
final class ReconnectingConnectionProvider implements JdbcConnectionProvider {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ReconnectingConnectionProvider.class);
    private static final long FIRST_BACKOFF_MILLIS = 100;
    private static final long MAX_BACKOFF_MILLIS = 2_000;

    private final SimpleJdbcConnectionProvider delegate;
    private final long reconnectTimeoutMillis;

    ReconnectingConnectionProvider(JdbcConnectionOptions options, Duration reconnectTimeout) {
        this.delegate = new SimpleJdbcConnectionProvider(options);
        this.reconnectTimeoutMillis = reconnectTimeout.toMillis();
    }

    @Override
    public Connection getConnection() {
        return delegate.getConnection();
    }

    @Override
    public Properties getProperties() {
        return delegate.getProperties();
    }

    @Override
    public boolean isConnectionValid() throws SQLException {
        return delegate.isConnectionValid();
    }

    @Override
    public Connection getOrEstablishConnection() throws SQLException, ClassNotFoundException {
        return withBackoff("connect", delegate::getOrEstablishConnection);
    }

    @Override
    public Connection reestablishConnection() throws SQLException, ClassNotFoundException {
        return withBackoff("reconnect", delegate::reestablishConnection);
    }

    @Override
    public void closeConnection() {
        delegate.closeConnection();
    }

    @Override
    public void close() throws Exception {
        delegate.close();
    }

    private Connection withBackoff(String what, ConnectionAttempt attempt)
            throws SQLException, ClassNotFoundException {
        long deadline = System.nanoTime() + reconnectTimeoutMillis * 1_000_000;
        long backoff = FIRST_BACKOFF_MILLIS;
        for (int attempts = 1; ; attempts++) {
            try {
                Connection connection = attempt.run();
                if (attempts > 1) {
                    LOG.info("database {} succeeded after {} attempts", what, attempts);
                }
                return connection;
            } catch (SQLException e) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    throw new SQLException("database " + what + " failed for " + reconnectTimeoutMillis
                            + " ms (" + attempts + " attempts): " + e.getMessage(), e.getSQLState(), e);
                }
                LOG.warn("database {} failed (attempt {}), retrying in {} ms: {}", what, attempts,
                        Math.min(backoff, left), e.getMessage());
                delegate.closeConnection();
                try {
                    Thread.sleep(Math.min(backoff, left));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("interrupted while waiting to " + what + " to the database", e);
                }
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            }
        }
    }

    @FunctionalInterface
    private interface ConnectionAttempt {
        Connection run() throws SQLException, ClassNotFoundException;
    }
}
