package org.cablegate.ingest;

/** The formats a cable arrives in; detected from the text, never named by the caller. */
public enum SourceFormat {
    WIKILEAKS_HTML,
    PAGE_TEXT,
    MIRROR_TEXT,
    ALX_TEXT,
    CABLESEARCH_JSON,
    CSV_ROW,
    BARE_TEXT
}
