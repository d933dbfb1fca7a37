package org.cablegate.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "SnippetThread", description = "The whole paragraph as numbered posts; their excerpts joined give the paragraph back exactly")
public record SnippetThread(List<SnippetView> posts) {
}
