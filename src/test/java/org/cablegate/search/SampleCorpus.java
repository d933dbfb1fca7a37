package org.cablegate.search;

import org.cablegate.ingest.CableParseException;
import org.cablegate.ingest.CableParser;
import org.cablegate.ingest.ParsedCable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;

/** The cables bundled with the service (src/main/resources/samples), parsed; one per reference ID. */
final class SampleCorpus {

    private SampleCorpus() {
    }

    static List<ParsedCable> cables() {
        var parser = new CableParser();
        var byRefId = new LinkedHashMap<String, ParsedCable>();
        for (var name : read("samples/index.txt").lines().filter(l -> !l.isBlank()).toList()) {
            try {
                var cable = parser.parse(read("samples/" + name.trim()));
                byRefId.put(cable.refId(), cable);
            } catch (CableParseException e) {
                throw new IllegalStateException("sample " + name + " does not parse: " + e.getMessage(), e);
            }
        }
        return List.copyOf(byRefId.values());
    }

    static String read(String resource) {
        try (InputStream in = SampleCorpus.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
