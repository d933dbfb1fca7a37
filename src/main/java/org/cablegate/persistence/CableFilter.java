package org.cablegate.persistence;

import java.time.Instant;
import java.util.List;

/**
 * What a cable list is narrowed to. Null members do not filter.
 *
 * @param fullText   MariaDB boolean-mode terms over subjects and paragraph text ({@code +heroin +tons})
 * @param origin     exact origin ({@code Embassy Astana})
 * @param classification exact classification
 * @param tags       tags the cable must all carry
 * @param from       created at or after
 * @param until      created before
 */
public record CableFilter(String fullText, String origin, String classification, List<String> tags,
                          Instant from, Instant until) {
}
