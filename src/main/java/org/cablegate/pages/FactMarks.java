package org.cablegate.pages;

import org.cablegate.persistence.FactRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Cuts a paragraph's text into runs of plain text and facts, and says each fact's value in words. */
final class FactMarks {

    private FactMarks() {
    }

    /** A fact as the page shows it: its words in the text, its type and its value; {@code anchor} is its id there. */
    public record Mark(String id, String anchor, String type, String text, String value) {
    }

    /** A run of text; {@code fact} is null for plain text. */
    public record Segment(String text, Mark fact) {
    }

    /** The facts as listed, anchored {@code f<first>}, {@code f<first+1>}, … in the order given. */
    static List<Mark> marks(List<FactRow> facts, int first) {
        var out = new ArrayList<Mark>(facts.size());
        for (int i = 0; i < facts.size(); i++) {
            var f = facts.get(i);
            out.add(new Mark(f.id(), "f" + (first + i), f.type(), f.text(), value(f)));
        }
        return out;
    }

    /**
     * The text in runs: facts in order of their start, a fact that overlaps one already placed left unmarked in the
     * text (it is still listed). Offsets outside the text are ignored.
     */
    static List<Segment> segments(String text, List<FactRow> facts, List<Mark> marks) {
        var byId = new java.util.HashMap<String, Mark>();
        marks.forEach(m -> byId.put(m.id(), m));
        var sorted = new ArrayList<>(facts);
        sorted.sort(Comparator.comparingInt(FactRow::start).thenComparing(f -> -(f.end() - f.start())));
        var out = new ArrayList<Segment>();
        int at = 0;
        for (var f : sorted) {
            if (f.start() < at || f.end() > text.length() || f.start() >= f.end()) {
                continue;
            }
            if (f.start() > at) {
                out.add(new Segment(text.substring(at, f.start()), null));
            }
            out.add(new Segment(text.substring(f.start(), f.end()), byId.get(f.id())));
            at = f.end();
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), null));
        }
        return out;
    }

    /** The value in words: {@code 22549 kg (drugs)}, {@code USD 35000000}, {@code +12 %}, {@code 2006-11-17}. */
    static String value(FactRow f) {
        var amount = amount(f.value(), f.valueMin(), f.valueMax());
        var s = new StringBuilder();
        switch (f.type()) {
            case "quantity" -> {
                s.append(amount);
                if (f.unit() != null) {
                    s.append(' ').append(f.unit());
                }
                if (f.substance() != null) {
                    s.append(" of ").append(f.substance());
                }
            }
            case "money" -> {
                if (f.currency() != null) {
                    s.append(f.currency()).append(' ');
                }
                s.append(amount);
                if (f.per() != null) {
                    s.append(" per ").append(f.per());
                }
            }
            case "percentage" -> {
                s.append(amount).append(" %");
                if (f.direction() != null) {
                    s.append(", ").append(f.direction());
                }
            }
            case "date" -> s.append(f.date() == null ? f.text() : f.date());
            case "reference" -> s.append("cites ").append(f.target() == null ? f.text() : f.target());
            case "acronym" -> s.append(f.acronym() == null ? f.text() : f.acronym())
                    .append(f.target() == null ? "" : ": " + f.target());
            default -> s.append(f.text());
        }
        var out = s.toString().strip();
        return out.isEmpty() ? f.text() : out;
    }

    private static String amount(BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value != null) {
            return value.toPlainString();
        }
        if (min != null && max != null) {
            return min.toPlainString() + "–" + max.toPlainString();
        }
        if (min != null) {
            return "at least " + min.toPlainString();
        }
        if (max != null) {
            return "at most " + max.toPlainString();
        }
        return "";
    }
}
