package org.cablegate.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of {@code hostile-requests.tsv}: {@code name, method, target, headers, body, expect, owner}.
 *
 * <p>Target, header values and body are templates: {@code \t \n \r \\ \xHH} (a raw byte, so invalid UTF-8 can be
 * written), and generators {@code ${repeat:N:text}}, {@code ${deepjson:N}} (N nested arrays), {@code ${mib:N}} (N MiB
 * of letters), {@code ${resource:path}} (a test resource's bytes). Headers are separated by {@code ;;}; {@code key}
 * stands for the test API key. A body of {@code -} is none. {@code expect} is {@code 4xx} or status codes joined by
 * {@code |}. {@code owner}, when set, names the helper or issue whose change makes the case pass: such a case is
 * skipped, not failed, while it does not pass yet.
 */
record HostileCase(int line, String name, String method, byte[] target, List<byte[]> headers, byte[] body,
                   String expect, String owner) {

    static final String API_KEY = "test-key";
    private static final Pattern GENERATOR = Pattern.compile("\\$\\{(\\w+):([^}]*)}");

    static List<HostileCase> load(String resource) {
        try (InputStream in = HostileCase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            var cases = new ArrayList<HostileCase>();
            var lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                var l = lines[i];
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                cases.add(parse(i + 1, l));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HostileCase parse(int line, String l) {
        var f = l.split("\t", -1);
        if (f.length < 6) {
            throw new IllegalArgumentException("line " + line + ": 6 or 7 tab-separated fields, found " + f.length);
        }
        var headers = new ArrayList<byte[]>();
        if (!f[3].equals("-")) {
            for (var h : f[3].split(";;")) {
                headers.add(expand(h.equals("key") ? "Authorization: Bearer " + API_KEY : h));
            }
        }
        var owner = f.length > 6 && !f[6].isBlank() && !f[6].equals("-") ? f[6].trim() : null;
        return new HostileCase(line, f[0], f[1], expand(f[2]), headers, f[4].equals("-") ? null : expand(f[4]),
                f[5].trim(), owner);
    }

    boolean expects(int status) {
        for (var e : expect.split("\\|")) {
            if (e.equals("4xx") ? status >= 400 && status < 500 : e.equals(String.valueOf(status))) {
                return true;
            }
        }
        return false;
    }

    boolean hasHeader(String name) {
        var prefix = (name + ":").toLowerCase();
        return headers.stream().anyMatch(h -> new String(h, StandardCharsets.ISO_8859_1).toLowerCase().startsWith(prefix));
    }

    /** The request line and headers, ready to send. */
    byte[] head(String host) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(method.getBytes(StandardCharsets.US_ASCII));
        out.write(' ');
        out.writeBytes(target);
        out.writeBytes(" HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
        ascii(out, "Host: " + host);
        ascii(out, "Connection: close");
        if (!hasHeader("Accept")) {
            ascii(out, "Accept: */*");
        }
        if (!hasHeader("Content-Length") && !hasHeader("Transfer-Encoding") && (body != null || method.equals("POST"))) {
            ascii(out, "Content-Length: " + (body == null ? 0 : body.length));
        }
        for (var h : headers) {
            out.writeBytes(h);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static void ascii(ByteArrayOutputStream out, String line) {
        out.writeBytes((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return line + " " + name + ": " + method + " " + shortTarget() + " -> " + expect;
    }

    String shortTarget() {
        var t = new String(target, StandardCharsets.ISO_8859_1);
        return t.length() > 80 ? t.substring(0, 80) + "…(" + t.length() + ")" : t;
    }

    /** Template text to bytes: escapes first become bytes, generators expand in place. */
    static byte[] expand(String template) {
        var out = new ByteArrayOutputStream();
        var m = GENERATOR.matcher(template);
        int at = 0;
        while (m.find()) {
            unescape(template.substring(at, m.start()), out);
            out.writeBytes(generate(m.group(1), m.group(2)));
            at = m.end();
        }
        unescape(template.substring(at), out);
        return out.toByteArray();
    }

    private static byte[] generate(String kind, String arg) {
        switch (kind) {
            case "repeat" -> {
                int colon = arg.indexOf(':');
                int n = Integer.parseInt(arg.substring(0, colon));
                var unit = expand(arg.substring(colon + 1));
                var out = new ByteArrayOutputStream(unit.length * n);
                for (int i = 0; i < n; i++) {
                    out.writeBytes(unit);
                }
                return out.toByteArray();
            }
            case "deepjson" -> {
                int n = Integer.parseInt(arg);
                return ("[".repeat(n) + "]".repeat(n)).getBytes(StandardCharsets.US_ASCII);
            }
            case "mib" -> {
                var bytes = new byte[Integer.parseInt(arg) * 1024 * 1024];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) (i % 80 == 79 ? '\n' : 'a' + i % 26);
                }
                return bytes;
            }
            case "resource" -> {
                try (var in = HostileCase.class.getClassLoader().getResourceAsStream(arg)) {
                    if (in == null) {
                        throw new IllegalArgumentException("no resource " + arg);
                    }
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            default -> throw new IllegalArgumentException("unknown generator " + kind);
        }
    }

    private static void unescape(String s, ByteArrayOutputStream out) {
        var plain = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                plain.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 't' -> plain.append('\t');
                case 'n' -> plain.append('\n');
                case 'r' -> plain.append('\r');
                case '\\' -> plain.append('\\');
                case 'x' -> {
                    out.writeBytes(plain.toString().getBytes(StandardCharsets.UTF_8));
                    plain.setLength(0);
                    out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> plain.append('\\').append(e);
            }
        }
        out.writeBytes(plain.toString().getBytes(StandardCharsets.UTF_8));
    }
}
