package org.cablegate.search;

import java.util.List;

/**
 * Fired when written cables have reached the search index, after their {@code CablesWritten}: search answers computed
 * in between (from the index as it was) may have been cached, and are stale from now on.
 */
public record CablesIndexed(List<String> refIds) {
}
