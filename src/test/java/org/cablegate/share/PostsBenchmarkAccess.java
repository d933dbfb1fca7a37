package org.cablegate.share;

/** Lets the JMH benchmark in another package build posts with the old builder, for the before/after figure. */
public final class PostsBenchmarkAccess {

    private static final ReferenceSnippetBuilder REFERENCE = new ReferenceSnippetBuilder();

    private PostsBenchmarkAccess() {
    }

    public static Snippet referencePost(ShareParagraph p, Network network) {
        return REFERENCE.build(p, network, null, null);
    }
}
