/**
 * The versions of a cable: filing each import against the cable's history ({@link org.cablegate.versions.VersionStore},
 * inside the batch writer's transaction), the history rebuilt from deltas, word diffs and lifted redactions, and the
 * corpus-wide feed of changes. A batch that filed older versions fires {@link org.cablegate.versions.VersionsFiled};
 * the response cache listens, this package does not know it.
 *
 * <p><b>May use:</b> {@code ingest}. Used by {@code persistence} (the writer files versions), {@code cache},
 * {@code rest} and {@code pages}.
 */
package org.cablegate.versions;
