package dev.pitwall.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port helpers: a free ephemeral port for tests, and a clear error when a chosen port is taken. */
public final class Ports {

    private Ports() {
    }

    /** A port that was free a moment ago on the loopback interface. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on the loopback interface", e);
        }
    }

    /**
     * Fails with a message naming the service and the setting to change when {@code port} is already
     * in use, instead of a bind error deep inside a library.
     */
    public static void requireFree(int port, String service, String setting) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new PortInUseException(String.format(
                    "%s cannot start: port %d is already in use. Stop what uses it, or choose another port with %s.",
                    service, port, setting));
        }
    }

    /** A chosen port is taken; the message says by which setting to move it. */
    public static final class PortInUseException extends IllegalStateException {
        public PortInUseException(String message) {
            super(message);
        }
    }
}
