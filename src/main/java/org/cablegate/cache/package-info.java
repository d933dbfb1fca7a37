/**
 * The response cache: whole answers of public reads kept in memory (Caffeine), served from the Vert.x event loop
 * before a request reaches a resource ({@link org.cablegate.cache.CacheFilters}), one computation per key at a time
 * ({@link org.cablegate.cache.AnswersInFlight}). Every invalidation observer lives here: writes of this process
 * ({@code persistence.CablesWritten}), written cables reaching the index ({@code search.CablesIndexed}), other
 * replicas' writes applied from the change log ({@code search.ChangesFollowed}) and versions filed behind newer ones
 * ({@code versions.VersionsFiled}). The packages that write only fire events; none of them knows the cache.
 *
 * <p><b>May use:</b> {@code persistence}, {@code search}, {@code versions}, {@code ingest}, {@code config}.
 * Used by {@code cli} (a command that rewrites everything drops it all).
 */
package org.cablegate.cache;
