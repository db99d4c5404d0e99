package dev.pitwall.core.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class MqttSocketFactoryTest {

    @Test
    void unconnectedSocketsPahoConnectsHaveTcpNoDelay() throws Exception {
        try (Socket socket = new MqttSocketFactory().createSocket()) {
            assertThat(socket.getTcpNoDelay()).isTrue();
        }
    }

    @Test
    void readsThroughOneBufferedStreamThatDeliversEveryByteInOrder() throws Exception {
        byte[] sent = new byte[200_000];
        for (int i = 0; i < sent.length; i++) {
            sent[i] = (byte) (i * 31);
        }
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket client = new MqttSocketFactory().createSocket(InetAddress.getLoopbackAddress(),
                        server.getLocalPort());
                Socket peer = server.accept()) {
            assertThat(client.getTcpNoDelay()).isTrue();
            InputStream in = client.getInputStream();
            assertThat(client.getInputStream()).as("one stream per socket, so no buffered bytes are lost")
                    .isSameAs(in);
            Thread writer = new Thread(() -> {
                try (OutputStream out = peer.getOutputStream()) {
                    out.write(sent);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            writer.start();
            byte[] received = in.readNBytes(sent.length);
            writer.join();
            assertThat(received).isEqualTo(sent);
        }
    }
}
