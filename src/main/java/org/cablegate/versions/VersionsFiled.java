package org.cablegate.versions;

import java.util.List;

/**
 * Fired after a batch is committed that filed older versions behind newer ones: the cables' current text is unchanged
 * (no search document, no facts change), but their versions, diffs and pages did.
 *
 * @param refIds the cables that gained an earlier version
 */
public record VersionsFiled(List<String> refIds) {
}
