package uk.graduated.server.web;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Optional;
import uk.graduated.server.StartupException;

/** Turns "cannot listen on this host and port" into one sentence that says what to do. */
public final class BindFailures {
    private BindFailures() {
    }

    /**
     * The operator's message when {@code failure} (from opening the HTTP port) was a bind failure:
     * the port taken, or a {@code --host} that is not an address of this machine.
     */
    public static Optional<String> describe(Throwable failure, String host, int port) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException bind) {
                return Optional.of(message(bind, host, port));
            }
        }
        return Optional.empty();
    }

    /**
     * Checks the port before the slow database start, so a taken port fails in milliseconds and does
     * not disturb the data directory. Starting the HTTP server still maps a bind failure, as another
     * process may take the port in between.
     */
    public static void ensurePortFree(String host, int port) {
        if (port == 0) {
            return; // the system picks a free port
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // as Jetty does, so a port in TIME_WAIT is not reported as taken
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (BindException e) {
            throw new StartupException(message(e, host, port), e);
        } catch (IOException e) {
            throw new StartupException("Cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    private static String message(BindException e, String host, int port) {
        String detail = String.valueOf(e.getMessage());
        if (detail.contains("Cannot assign requested address")) {
            return "Cannot listen on " + host + ": it is not an address of this machine"
                    + " (use 127.0.0.1, 0.0.0.0 or one of its own addresses with --host)";
        }
        if (detail.contains("Permission denied")) {
            return "Port " + port + " needs administrator rights: pass --port 1024 or higher";
        }
        return "Port " + port + " is already in use: stop the other process or pass --port";
    }
}
