package org.cablegate.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket: the request goes out byte for byte as written (raw bytes in the path, lying headers,
 * bodies of any size), which no HTTP client library allows. One request per connection.
 */
final class RawHttp {

    /** What came back: status, headers (names in lower case) and the body, de-chunked. */
    record Answer(int status, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private RawHttp() {
    }

    static Answer send(String host, int port, byte[] head, byte[] body) throws IOException {
        try (var socket = new Socket(host, port)) {
            socket.setSoTimeout(60_000);
            var out = socket.getOutputStream();
            out.write(head);
            out.flush();
            // The server may answer (413, 415, 401) before reading a large body, and close: write it alongside.
            var writer = new Thread(() -> writeQuietly(out, body), "raw-http-body");
            writer.setDaemon(true);
            writer.start();
            var answer = read(socket.getInputStream());
            writer.interrupt();
            return answer;
        }
    }

    private static void writeQuietly(OutputStream out, byte[] body) {
        try {
            for (int at = 0; at < body.length; at += 64 * 1024) {
                out.write(body, at, Math.min(64 * 1024, body.length - at));
            }
            out.flush();
        } catch (IOException e) {
            // the server stopped reading: its answer tells why
        }
    }

    private static Answer read(InputStream in) throws IOException {
        var bytes = new ByteArrayOutputStream();
        var buffer = new byte[16 * 1024];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                bytes.write(buffer, 0, n);
            }
        } catch (SocketException e) {
            // a reset after the answer was sent (the server refused the rest of a large body)
            if (bytes.size() == 0) {
                throw e;
            }
        }
        return parse(bytes.toByteArray());
    }

    private static Answer parse(byte[] raw) throws IOException {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        if (end < 0) {
            throw new IOException("no HTTP answer: " + new String(raw, StandardCharsets.ISO_8859_1));
        }
        var lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        var status = Integer.parseInt(lines[0].split(" ")[1]);
        var headers = new LinkedHashMap<String, String>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        var body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        } else if (headers.containsKey("content-length")) {
            body = java.util.Arrays.copyOf(body, Math.min(body.length, Integer.parseInt(headers.get("content-length"))));
        }
        return new Answer(status, headers, body);
    }

    private static byte[] dechunk(byte[] chunked) {
        var out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int eol = indexOf(chunked, new byte[]{'\r', '\n'}, at);
            if (eol < 0) {
                break;
            }
            var sizeField = new String(chunked, at, eol - at, StandardCharsets.US_ASCII).split(";")[0].trim();
            int size = Integer.parseInt(sizeField, 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, eol + 2, Math.min(size, chunked.length - eol - 2));
            at = eol + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
