package org.cablegate.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The route templates the REST layer has matched so far ({@code /api/v1/cables/{refId}/paragraphs/{n}}), and which
 * of them a raw path belongs to. Learnt rather than listed, so that a new resource needs no entry here; bounded, so
 * that a bug elsewhere can never make it grow with the traffic.
 */
final class RouteTemplates {

    /** Far more than the service's routes (about 30): past it nothing more is learnt. */
    static final int LIMIT = 500;

    private final Set<String> known = ConcurrentHashMap.newKeySet();
    /** Most literal segments first, so {@code /api/v1/cables/on-this-day} wins over {@code /api/v1/cables/{refId}}. */
    private volatile List<Template> templates = List.of();

    void learn(String template) {
        if (template == null || known.size() >= LIMIT || known.contains(template)) {
            return;
        }
        synchronized (this) {
            if (known.add(template)) {
                var next = new ArrayList<>(templates);
                next.add(Template.of(template));
                next.sort(Comparator.comparingInt(Template::literals).reversed());
                templates = List.copyOf(next);
            }
        }
    }

    /** The template {@code path} matches, or null when no learnt template does. */
    String match(String path) {
        if (path == null) {
            return null;
        }
        var segments = split(path);
        for (var t : templates) {
            if (t.matches(segments)) {
                return t.text();
            }
        }
        return null;
    }

    private static String[] split(String path) {
        var trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.split("/", -1);
    }

    private record Template(String text, String[] segments, int literals) {

        static Template of(String text) {
            var segments = split(text);
            var literals = 0;
            for (var s : segments) {
                if (!isParameter(s)) {
                    literals++;
                }
            }
            return new Template(text, segments, literals);
        }

        boolean matches(String[] path) {
            if (path.length != segments.length) {
                return false;
            }
            for (int i = 0; i < path.length; i++) {
                if (isParameter(segments[i]) ? path[i].isEmpty() : !segments[i].equals(path[i])) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isParameter(String segment) {
            return segment.startsWith("{") && segment.endsWith("}");
        }
    }
}
