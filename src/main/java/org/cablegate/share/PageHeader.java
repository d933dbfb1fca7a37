package org.cablegate.share;

import java.util.List;

/** The header lines a page shows. */
public record PageHeader(String precedence, String dtg, String from, List<String> to, List<String> info,
                         boolean sipdis, String eo) {
}
