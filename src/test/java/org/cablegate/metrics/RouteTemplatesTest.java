package org.cablegate.metrics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RouteTemplatesTest {

    private final RouteTemplates templates = new RouteTemplates();

    @Test
    void rawPathIsMeasuredUnderTheTemplateThatServedItBefore() {
        templates.learn("/api/v1/cables/{refId}");
        templates.learn("/api/v1/cables/{refId}/paragraphs/{n}");
        templates.learn("/c/{refId}");

        assertEquals("/api/v1/cables/{refId}", templates.match("/api/v1/cables/06MADRID76"));
        assertEquals("/api/v1/cables/{refId}/paragraphs/{n}", templates.match("/api/v1/cables/06MADRID76/paragraphs/3"));
        assertEquals("/c/{refId}", templates.match("/c/06MADRID76"));
    }

    @Test
    void literalSegmentsWinOverParameters() {
        templates.learn("/api/v1/cables/{refId}");
        templates.learn("/api/v1/cables/on-this-day");

        assertEquals("/api/v1/cables/on-this-day", templates.match("/api/v1/cables/on-this-day"));
        assertEquals("/api/v1/cables/{refId}", templates.match("/api/v1/cables/09STATE1"));
    }

    @Test
    void pathOfNoLearntShapeHasNoTemplate() {
        templates.learn("/api/v1/cables/{refId}");

        assertNull(templates.match("/api/v1/cables/06MADRID76/unknown"));
        assertNull(templates.match("/api/v1/cables/"));
        assertNull(templates.match("/elsewhere"));
    }

    @Test
    void learningStopsAtTheLimitSoMemoryStaysBounded() {
        for (int i = 0; i < RouteTemplates.LIMIT + 50; i++) {
            templates.learn("/route" + i + "/{id}");
        }

        assertEquals("/route0/{id}", templates.match("/route0/x"));
        assertNull(templates.match("/route" + (RouteTemplates.LIMIT + 10) + "/x"));
    }
}
