package org.cablegate.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name of the official who classified a cable, out of the "Classified By" value: "Ambassador Glyn T. Davies for
 * reasons 1.4 b and d" → "Glyn T. Davies". Titles and offices before the name and the reasons after it are dropped;
 * the name is kept as printed. Modelled on heuer/cablemap's {@code parse_classified_by}.
 */
public final class ClassifiedBy {

    /** Titles, offices and ranks printed before the name. */
    private static final String TITLE = "(?:[A-Z\\-/\\s\\\\'.]+(?:,?\\s*A\\.?\\s*I\\.,?|Leader|AT-LARGE|Pakistan|A/S|M[-/]?C"
            + "|\\??Aff(?:ai|ia)re?\\s*s|Charge?|Secretary(?:\\s+of\\s+State)?|Mission|General|Couns(?:ell?[o0]u?r)?"
            + "|Coordinator|Col(?:onel)?|Poloff|Amb\\.?(?:assa?dor)?|Advisor|Dir(?:ector)?|Representative|Chief|Head|Consul"
            + "|Section|Major|Pdas|Ltc|Adviser|Attache|Officer|Ipao|DCM|CDA|Das)\\s+"
            + "|Econ(?:omic|couns)?|POL(?:ITICAL|couns|OFF)?\\s*(?:[/-](?:ECON|MIL))?\\s*|Section|Charge?|Cons(?:ul)?|Min(?:ister)?"
            + "|Amb\\.?(?:assador)?(?:\\s+to\\s+[A-Z]+)?|(?:A/?)?DCM|CDA|INR|ISN)?";
    private static final Pattern CONTENT = Pattern.compile(
            "^[0-9.\\s]*(?:(?:\\s*\\([A-Z]\\))?\\s*Classified\\s+by:?\\s*)?(?:\\s*\\([A-Z]\\)\\s*)?(?:[A-Z]+/[A-Z]+(?:\\s*-\\s*)?)?"
                    + TITLE + "\\.?\\s*(.+?)(?=(?:F\\s*O\\s*R\\s+|per\\s+)?(?:R\\s*E\\s*A\\s*S?\\s*ON?|E\\.O\\.|1\\.[45]|1\\.\\s*\\(|CONFIDENTIAL|Summary))",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("[\\s.,]*([A-Z][^,;]+(?:\\s*,\\s*(?:JR\\.?|II+))?)\\s*",
            Pattern.CASE_INSENSITIVE);

    private ClassifiedBy() {
    }

    /** The names in a "Classified By" value (what follows "Classified By:"), or none. */
    public static List<String> names(String value) {
        if (value == null) {
            return List.of();
        }
        var content = CONTENT.matcher(value);
        if (!content.find()) {
            return List.of();
        }
        var name = NAME.matcher(content.group(1));
        if (!name.find()) {
            return List.of();
        }
        var n = name.group(1).replace('\n', ' ').replaceAll(" +", " ").replaceAll("[ \\-:]+$", "").strip();
        if (!n.toUpperCase(Locale.ROOT).endsWith("JR.")) {
            n = n.replaceAll("\\.+$", "");
        }
        return n.isEmpty() ? List.of() : List.of(n);
    }

    /** "THOMAS W. SIMONS, JR." → "Thomas W. Simons, Jr."; a 0 misprinted for an O becomes an O. */
    public static String titleCase(String name) {
        var out = new StringBuilder(name.length());
        boolean wordStart = true;
        for (var c : name.replace('0', 'O').toCharArray()) {
            out.append(wordStart ? Character.toUpperCase(c) : Character.toLowerCase(c));
            wordStart = !Character.isLetter(c);
        }
        return out.toString().replaceAll("\\b(I{2,})\\b", "$1").replaceAll("\\b(Ii+)\\b", "II");
    }
}
