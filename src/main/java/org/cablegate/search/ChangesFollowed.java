package org.cablegate.search;

import java.util.Collection;

/**
 * Fired when this replica's {@link ChangeFollower} has applied the change log's rows written by others (or by itself
 * before a restart): the index holds the cables now, and every answer about them, or about what they cite, may be
 * stale. The response cache listens ({@code cache.CacheInvalidation}).
 *
 * @param refIds the cables the log named, whether or not the index lacked their content
 */
public record ChangesFollowed(Collection<String> refIds) {
}
