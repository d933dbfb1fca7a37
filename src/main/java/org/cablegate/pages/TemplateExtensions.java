package org.cablegate.pages;

import io.quarkus.qute.TemplateExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Filters the HTML pages use: {@code {tag.urlEncode}} for a query parameter value. */
@TemplateExtension
public final class TemplateExtensions {

    private TemplateExtensions() {
    }

    static String urlEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
