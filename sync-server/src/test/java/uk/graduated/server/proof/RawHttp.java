package uk.graduated.server.proof;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one connection per request, sending exactly the bytes given: paths
 * with {@code ../}, {@code %2F} or {@code %00} that an ordinary client would tidy up, header lines
 * twice, bodies of invalid UTF-8, and any source address of the loopback range (so per-address rate
 * limits see many clients). A server that answers before reading a huge body is still heard.
 */
public final class RawHttp {
    private static final int TIMEOUT_MS = 30_000;

    /** What to send; {@code headers} are written in order, so a name may repeat. */
    public record Request(String method, String target, List<String[]> headers, byte[] body, String sourceAddress) {
        public static Request of(String method, String target) {
            return new Request(method, target, new ArrayList<>(), null, "127.0.0.1");
        }

        public Request header(String name, String value) {
            List<String[]> copy = new ArrayList<>(headers);
            copy.add(new String[] {name, value});
            return new Request(method, target, copy, body, sourceAddress);
        }

        public Request body(byte[] bytes) {
            return new Request(method, target, headers, bytes, sourceAddress);
        }

        public Request from(String address) {
            return new Request(method, target, headers, body, address);
        }
    }

    /** The answer: status, headers by lower-case name (last value wins) and the body's bytes. */
    public record Reply(int status, Map<String, String> headers, byte[] body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    public Reply send(Request request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(request.sourceAddress(), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder();
            head.append(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n");
            head.append("Host: 127.0.0.1:").append(port).append("\r\n");
            head.append("Connection: close\r\n");
            for (String[] header : request.headers()) {
                head.append(header[0]).append(": ").append(header[1]).append("\r\n");
            }
            if (request.body() != null) {
                head.append("Content-Length: ").append(request.body().length).append("\r\n");
            }
            head.append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (request.body() != null) {
                writeBody(out, request.body());
            }
            out.flush();
            return read(new BufferedInputStream(socket.getInputStream()));
        }
    }

    /** In slices, stopping quietly when the server has already answered and closed (a 413 before the end). */
    private static void writeBody(OutputStream out, byte[] body) {
        int slice = 64 * 1024;
        try {
            for (int offset = 0; offset < body.length; offset += slice) {
                out.write(body, offset, Math.min(slice, body.length - offset));
            }
        } catch (IOException e) {
            // The answer, if any, is still waiting to be read.
        }
    }

    private static Reply read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            throw new SocketException("the server closed the connection without answering");
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked(in);
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            body = in.readAllBytes();
        }
        return new Reply(status, headers, body);
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String size = line(in); size != null; size = line(in)) {
            int length = Integer.parseInt(size.split(";")[0].strip(), 16);
            if (length == 0) {
                break;
            }
            body.write(in.readNBytes(length));
            line(in);
        }
        return body.toByteArray();
    }

    /** One CRLF-terminated line, or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
