package org.cablegate.persistence;

import java.time.Instant;
import java.util.List;

/**
 * What a plain cable list (no search words: those go to the search index) is narrowed to. Null members do not filter.
 *
 * @param origin     exact origin ({@code Embassy Astana})
 * @param classification exact classification
 * @param tags       tags the cable must all carry
 * @param from       created at or after
 * @param until      created before
 */
public record CableFilter(String origin, String classification, List<String> tags,
                          Instant from, Instant until) {
}
