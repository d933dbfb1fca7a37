package org.cablegate.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ChangePage", description = "A page of the changes feed, newest first")
public record ChangePage(List<ChangeView> items,
                         @Schema(description = "Cursor of the next page, or null", nullable = true) String next) {
}
