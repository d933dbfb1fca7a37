package org.cablegate.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The TAGS line: subject codes, country codes and person tags. Space- or comma-separated; person tags
 * ({@code CLINTON, HILLARY}) are kept whole; codes glued together by the cable system ({@code MASSMNUC}) are split
 * where both halves are known codes.
 */
final class Tags {

    /** Subject codes of the State Department's TAGS list that turn up glued to each other. */
    private static final Set<String> KNOWN = Set.of(
            "ABLD", "ABUD", "ADCO", "ADPM", "AEMR", "AFIN", "AGAO", "AMED", "AMGT", "AODE", "AORC", "APCS", "APER",
            "ASCH", "ASEC", "ASIG", "BEXP", "BTIO", "CASC", "CDB", "CMGT", "CVIS", "EAGR", "EAID", "EAIR", "ECIN",
            "ECON", "ECPS", "EFIN", "EFIS", "EINT", "EINV", "ELAB", "ELTN", "EMIN", "ENRG", "ENIV", "EPET", "ETRD",
            "ETTC", "EUN", "EWWT", "IAEA", "KACT", "KBIO", "KCOR", "KCRM", "KDEM", "KFRD", "KGHG", "KHLS", "KIPR",
            "KIRF", "KISL", "KJUS", "KMDR", "KNNP", "KOMC", "KPAL", "KPAO", "KPKO", "KSCA", "KSEP", "KSUM", "KTFN",
            "KTIA", "KTIP", "KWBG", "KWMN", "MARR", "MASS", "MCAP", "MNUC", "MOPS", "NATO", "OEXC", "OIIP", "OREP",
            "OSCE", "OTRA", "OVIP", "PARM", "PBTS", "PGOV", "PHSA", "PHUM", "PINR", "PINS", "PKAO", "PMIL", "PNAT",
            "PREF", "PREL", "PTER", "SCUL", "SENV", "SMIG", "SNAR", "SOCI", "TBIO", "TINT", "TRGY", "TSPA", "TSPL",
            "UNGA", "UNSC");
    private static final Pattern PERSON = Pattern.compile("\\(?([A-Z][A-Za-z'-]{2,30}), ([A-Z][A-Za-z'. -]{1,40}?)\\)?");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,12}");

    private Tags() {
    }

    static List<String> parse(String value) {
        var tags = new LinkedHashSet<String>();
        var tokens = value.replace("\n", " ").trim().split("\\s*,\\s*|\\s+");
        for (int i = 0; i < tokens.length; i++) {
            var token = tokens[i].replaceAll("^[(\\[]+|[)\\].;:]+$", "");
            if (token.isEmpty()) {
                continue;
            }
            // A surname too long to be a code, followed by a given name, is one person tag.
            if (token.length() > 4 && !KNOWN.contains(token) && i + 1 < tokens.length && value.contains(token + ",")) {
                var given = tokens[i + 1].replaceAll("[)\\].;:]+$", "");
                if (PERSON.matcher(token + ", " + given).matches() && !KNOWN.contains(given) && given.length() > 2) {
                    tags.add(token + ", " + given);
                    i++;
                    continue;
                }
            }
            if (token.length() == 8 && KNOWN.contains(token.substring(0, 4)) && KNOWN.contains(token.substring(4))) {
                tags.add(token.substring(0, 4));
                tags.add(token.substring(4));
            } else if (CODE.matcher(token).matches() || token.length() > 1) {
                tags.add(token);
            }
        }
        return new ArrayList<>(tags);
    }
}
