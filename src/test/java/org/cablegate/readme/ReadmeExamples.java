package org.cablegate.readme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The {@code curl} lines of the README's blocks marked {@code sh api-example}, read as requests: method, URL,
 * headers, body file, the statuses they may answer and the headers they must carry ({@code # expect 200|201 ETag}).
 */
final class ReadmeExamples {

    static final String MARK = "```sh api-example";

    /** One request; {@code url} and header values may still hold $VARIABLES, filled in when it is sent. */
    record Example(String source, String method, String url, Map<String, String> headers, String bodyFile,
                   Set<Integer> statuses, List<String> requiredHeaders) {

        Example with(UnaryOperator<String> fill) {
            var filled = new LinkedHashMap<String, String>();
            headers.forEach((name, value) -> filled.put(name, fill.apply(value)));
            return new Example(source, method, fill.apply(url), filled, bodyFile, statuses, requiredHeaders);
        }
    }

    private ReadmeExamples() {
    }

    static List<Example> parse(List<String> readme) {
        var examples = new ArrayList<Example>();
        boolean inBlock = false;
        var command = new StringBuilder();
        for (var line : readme) {
            if (!inBlock) {
                inBlock = line.strip().equals(MARK);
                continue;
            }
            if (line.strip().equals("```")) {
                inBlock = false;
                continue;
            }
            if (line.stripTrailing().endsWith("\\")) {
                var kept = line.stripTrailing();
                command.append(kept, 0, kept.length() - 1).append(' ');
                continue;
            }
            command.append(line);
            if (!command.toString().isBlank()) {
                examples.add(example(command.toString().strip()));
            }
            command.setLength(0);
        }
        return examples;
    }

    static Example example(String line) {
        int expect = line.indexOf("# expect ");
        if (expect < 0) {
            throw new IllegalArgumentException("no '# expect <status>' in: " + line);
        }
        var expected = line.substring(expect + "# expect ".length()).trim().split("\\s+");
        var statuses = new java.util.TreeSet<Integer>();
        for (var status : expected[0].split("\\|")) {
            statuses.add(Integer.parseInt(status));
        }
        var words = words(line.substring(0, expect));
        if (words.isEmpty() || !words.get(0).equals("curl")) {
            throw new IllegalArgumentException("not a curl command: " + line);
        }
        String method = null;
        String url = null;
        String bodyFile = null;
        var headers = new LinkedHashMap<String, String>();
        for (int i = 1; i < words.size(); i++) {
            var word = words.get(i);
            switch (word) {
                case "-X", "--request" -> method = words.get(++i);
                case "-H", "--header" -> {
                    var header = words.get(++i);
                    int colon = header.indexOf(':');
                    headers.put(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
                }
                case "--data-binary" -> bodyFile = words.get(++i).replaceFirst("^@", "");
                case "-o", "--output" -> i++; // where curl would save the answer: the test reads it instead
                case "-i", "-s", "-S", "-f", "-L", "--include", "--silent" -> { }
                default -> {
                    if (word.startsWith("-")) {
                        throw new IllegalArgumentException("option " + word + " is not understood in: " + line);
                    }
                    url = word;
                }
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("no URL in: " + line);
        }
        if (method == null) {
            method = bodyFile == null ? "GET" : "POST";
        }
        var required = List.of(expected).subList(1, expected.length);
        return new Example(line, method, url, headers, bodyFile, statuses, required);
    }

    /** Shell words: 'single' quotes keep everything, "double" quotes and bare words keep $VARIABLES for later. */
    static List<String> words(String command) {
        var words = new ArrayList<String>();
        var word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : command.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unclosed quote in: " + command);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
