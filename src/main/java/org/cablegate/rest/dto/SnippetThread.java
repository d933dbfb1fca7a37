package org.cablegate.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "SnippetThread", description = "The whole paragraph as numbered posts; their excerpts joined give the paragraph back exactly")
public record SnippetThread(
        @Schema(description = "Always `thread`: tells a thread from a post in the answer of the snippet operation",
                enumeration = {KIND}, example = KIND) String kind,
        List<SnippetView> posts) {

    /** The discriminator value of a thread. */
    public static final String KIND = "thread";

    public SnippetThread(List<SnippetView> posts) {
        this(KIND, posts);
    }
}
