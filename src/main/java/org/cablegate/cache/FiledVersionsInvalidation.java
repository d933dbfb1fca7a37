package org.cablegate.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.cablegate.versions.VersionsFiled;

/** Drops the cached answers of cables that gained an earlier version: their version lists, diffs and pages. */
@ApplicationScoped
public class FiledVersionsInvalidation {

    private final ResponseCache cache;

    public FiledVersionsInvalidation(ResponseCache cache) {
        this.cache = cache;
    }

    void onFiled(@Observes VersionsFiled filed) {
        cache.invalidate(filed.refIds());
    }
}
