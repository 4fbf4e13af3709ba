package uk.graduated.server.proof.cut;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP proxy on loopback between a client and the server that closes both sides of a connection
 * after a set number of bytes of the request's body or of the response's body (counted from the end
 * of its headers), as a dropped Wi-Fi or a closing lid would. One connection at a time, plain sockets.
 */
final class CuttingProxy implements AutoCloseable {
    /** What to do to the next connection. */
    record Cut(Direction direction, int afterBodyBytes) {
        static final Cut NONE = new Cut(Direction.NONE, 0);
    }

    enum Direction { NONE, REQUEST, RESPONSE }

    private final ServerSocket listener;
    private final int serverPort;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicReference<Cut> next = new AtomicReference<>(Cut.NONE);

    CuttingProxy(int serverPort) throws IOException {
        this.serverPort = serverPort;
        this.listener = new ServerSocket();
        listener.bind(new InetSocketAddress("127.0.0.1", 0));
        threads.submit(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** The cut applied to the next connection only. */
    void cutNext(Cut cut) {
        next.set(cut);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket("127.0.0.1", serverPort);
                Cut cut = next.getAndSet(Cut.NONE);
                threads.submit(() -> pump(client, server, cut.direction() == Direction.REQUEST ? cut.afterBodyBytes() : -1,
                        client, server));
                threads.submit(() -> pump(server, client, cut.direction() == Direction.RESPONSE ? cut.afterBodyBytes() : -1,
                        client, server));
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Copies {@code from} to {@code to}; with {@code cutAfter} >= 0, closes both sockets after that many body bytes. */
    private static void pump(Socket from, Socket to, int cutAfter, Socket client, Socket server) {
        try (InputStream in = new BufferedInputStream(from.getInputStream())) {
            OutputStream out = to.getOutputStream();
            int matched = 0;
            long bodyBytes = -1;
            int b;
            while ((b = in.read()) != -1) {
                if (bodyBytes < 0) {
                    matched = "\r\n\r\n".charAt(matched) == b ? matched + 1 : (b == '\r' ? 1 : 0);
                    if (matched == 4) {
                        bodyBytes = 0;
                    }
                } else if (cutAfter >= 0 && bodyBytes >= cutAfter) {
                    out.flush();
                    closeQuietly(client);
                    closeQuietly(server);
                    return;
                } else {
                    bodyBytes++;
                }
                out.write(b);
                if (in.available() == 0) {
                    out.flush();
                }
            }
            out.flush();
            to.shutdownOutput();
        } catch (IOException e) {
            closeQuietly(client);
            closeQuietly(server);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Already closed by the other direction.
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        threads.shutdownNow();
    }
}
