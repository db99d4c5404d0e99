package dev.pitwall.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedInfrastructureIT {

    @Test
    void kafkaStartsCreatesTopicsAndKeepsThemAcrossRestart(@TempDir Path dir) throws Exception {
        int broker = Ports.free();
        int controller = Ports.free();
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, broker, controller)) {
            kafka.createTopics(List.of("a.v1", "b.v1"), 2);
        }
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, broker, controller); Admin admin = kafka.admin()) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("a.v1", "b.v1");
        }
    }

    @Test
    void mqttBrokerAcceptsConnections() throws Exception {
        try (EmbeddedMqttBroker broker = EmbeddedMqttBroker.startTemporary();
                var socket = new java.net.Socket("127.0.0.1", broker.port())) {
            assertThat(socket.isConnected()).isTrue();
        }
    }

    @Test
    void testDatabasesAreFreshAndUsable() throws Exception {
        String url = TestDatabases.createDatabase();
        try (var c = DriverManager.getConnection(url); var s = c.createStatement()) {
            s.execute("create table t(x int)");
            try (var rs = s.executeQuery("select count(*) from t")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
        assertThat(TestDatabases.createDatabase()).isNotEqualTo(url);
    }

    @Test
    void takenPortGivesMessageNamingTheSetting() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedMqttBroker.start(Files.createTempDirectory("mq"), taken.getLocalPort(), false))
                    .isInstanceOf(Ports.PortInUseException.class)
                    .hasMessageContaining("port " + taken.getLocalPort())
                    .hasMessageContaining("--mqtt-port");
        }
    }

    @Test
    void jdbcUrlKeepsCredentialsWhenSwitchingDatabase() {
        assertThat(TestDatabases.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres", "x"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/x?user=postgres");
    }
}
