package dev.pitwall.core.transport;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Plain TCP sockets for MQTT clients (ingest, simulator), tuned for many small packets:
 * <ul>
 *   <li>TCP_NODELAY: Paho leaves Nagle's algorithm on, so small PUBACKs wait for the peer's delayed ACK; turning
 *       it off took QoS 1 throughput from ~1,050 to ~5,750 msg/s on the build machine.</li>
 *   <li>A buffered input stream: Paho reads each packet's header bytes and body with separate reads straight
 *       from the socket, one system call each; under load that was 8 % of the platform's CPU samples (profiled
 *       at 5,000 msg/s, see docs/benchmarks.md).</li>
 * </ul>
 */
public final class MqttSocketFactory extends SocketFactory {

    /** Large enough for a burst of telemetry packets (~700 bytes each) per read. */
    static final int INPUT_BUFFER_BYTES = 64 * 1024;

    @Override
    public Socket createSocket() throws IOException {
        // Paho calls this one and connects the socket itself
        return tuned(new BufferedInputSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        Socket socket = createSocket();
        socket.connect(new java.net.InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        Socket socket = createSocket();
        socket.bind(new java.net.InetSocketAddress(localHost, localPort));
        socket.connect(new java.net.InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        Socket socket = createSocket();
        socket.connect(new java.net.InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        Socket socket = createSocket();
        socket.bind(new java.net.InetSocketAddress(localAddress, localPort));
        socket.connect(new java.net.InetSocketAddress(address, port));
        return socket;
    }

    private static Socket tuned(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        return socket;
    }

    /** A socket whose input stream is buffered, once, for all callers. */
    static final class BufferedInputSocket extends Socket {

        private InputStream input;

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (input == null) {
                input = new BufferedInputStream(super.getInputStream(), INPUT_BUFFER_BYTES);
            }
            return input;
        }
    }
}
