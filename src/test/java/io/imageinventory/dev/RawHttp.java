package io.imageinventory.dev;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * HTTP/1.1 over a plain socket: for requests the JDK's HttpClient will not send (a {@code |} in a query, a
 * malformed request line or header), and for the size of an answer as it crosses the wire, headers and
 * chunks included, compressed when the server compresses. One request a connection.
 */
public final class RawHttp {

    private static final byte[] END_OF_HEAD = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private RawHttp() {
    }

    /** {@code GET target} with {@code Host} and {@code Connection: close}, plus the headers given as name, value. */
    public static Response get(int port, String target, String... headers) {
        StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        return send(port, request.append("Connection: close\r\n\r\n").toString());
    }

    /** Sends the request exactly as written and reads the answer until the server closes the connection. */
    public static Response send(int port, String request) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return Response.parse(socket.getInputStream().readAllBytes());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * @param status the status code
     * @param headers each header as {@code name: value}, in the order sent
     * @param body the body as sent, chunks joined, still compressed if it was
     * @param wireBytes every byte of the answer: status line, headers, chunk sizes and body
     */
    public record Response(int status, List<String> headers, byte[] body, int wireBytes) {

        static Response parse(byte[] bytes) {
            int head = indexOf(bytes, END_OF_HEAD, 0);
            if (head < 0) {
                throw new IllegalStateException("Not an HTTP answer: " + new String(bytes, StandardCharsets.UTF_8));
            }
            List<String> lines = List.of(new String(bytes, 0, head, StandardCharsets.ISO_8859_1).split("\r\n"));
            int status = Integer.parseInt(lines.get(0).split(" ")[1]);
            byte[] body = Arrays.copyOfRange(bytes, head + END_OF_HEAD.length, bytes.length);
            Response response = new Response(status, lines.subList(1, lines.size()), body, bytes.length);
            return response.header("Transfer-Encoding").filter("chunked"::equalsIgnoreCase).isPresent()
                    ? new Response(status, response.headers, unchunk(body), bytes.length) : response;
        }

        /** The first value of a header, whatever the case of its name. */
        public Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream()
                    .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).trim())
                    .findFirst();
        }

        /** Every value of a header, as for {@code Cache-Control} sent twice. */
        public List<String> headerValues(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream()
                    .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).trim())
                    .toList();
        }

        /** The body as text, uncompressed. */
        public String text() {
            if (header("Content-Encoding").filter("gzip"::equalsIgnoreCase).isEmpty()) {
                return new String(body, StandardCharsets.UTF_8);
            }
            try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(body))) {
                return new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        /** The {@code max-age} of its {@code Cache-Control}, or 0 without one. */
        public long maxAge() {
            return Arrays.stream(String.join(",", headerValues("Cache-Control")).split(","))
                    .map(String::trim)
                    .filter(directive -> directive.startsWith("max-age="))
                    .mapToLong(directive -> Long.parseLong(directive.substring("max-age=".length())))
                    .min()
                    .orElse(0);
        }

        /** Whether a browser may reuse it without asking again: a max-age, and neither no-store nor no-cache. */
        public boolean reusable() {
            String cacheControl = String.join(",", headerValues("Cache-Control"));
            return maxAge() > 0 && !cacheControl.contains("no-store") && !cacheControl.contains("no-cache");
        }

        @Override
        public String toString() {
            return status + " " + headers;
        }

        private static byte[] unchunk(byte[] chunked) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int position = 0;
            while (true) {
                int lineEnd = indexOf(chunked, new byte[] { '\r', '\n' }, position);
                String size = new String(chunked, position, lineEnd - position, StandardCharsets.US_ASCII);
                int length = Integer.parseInt(size.split(";")[0].trim(), 16);
                if (length == 0) {
                    return body.toByteArray();
                }
                body.write(chunked, lineEnd + 2, length);
                position = lineEnd + 2 + length + 2;
            }
        }

        private static int indexOf(byte[] bytes, byte[] part, int from) {
            for (int i = from; i <= bytes.length - part.length; i++) {
                if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                    return i;
                }
            }
            return -1;
        }

    }

}
