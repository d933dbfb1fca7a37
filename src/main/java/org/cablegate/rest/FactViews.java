package org.cablegate.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.cablegate.facts.FactType;
import org.cablegate.persistence.FactRow;
import org.cablegate.rest.dto.FactView;
import org.cablegate.share.Permalinks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Stored facts as the API's records, and the {@code type} parameter checked against the known types. */
@ApplicationScoped
public class FactViews {

    private static final String TYPES = Arrays.stream(FactType.values()).map(FactType::jsonName)
            .collect(Collectors.joining(", "));

    private final Permalinks permalinks;

    public FactViews(Permalinks permalinks) {
        this.permalinks = permalinks;
    }

    List<FactView> views(List<FactRow> rows) {
        return rows.stream().map(f -> new FactView(f.id(), f.refId(), f.n(), f.type(), f.text(), f.start(), f.end(),
                f.value(), f.valueMin(), f.valueMax(), f.unit(), f.currency(), f.per(), f.substance(), f.direction(),
                f.date(), f.target(), f.acronym(), permalinks.paragraph(f.refId(), f.n()))).toList();
    }

    /** A fact type's JSON name, or null for none; anything else is a 400. */
    static String type(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        var name = type.trim().toLowerCase(Locale.ROOT);
        if (Arrays.stream(FactType.values()).noneMatch(t -> t.jsonName().equals(name))) {
            throw ApiProblem.badRequest("type: '" + type + "' is not one of " + TYPES);
        }
        return name;
    }
}
