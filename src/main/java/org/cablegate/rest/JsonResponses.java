package org.cablegate.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Answers GETs with a strong ETag over the exact bytes sent, and with 304 when the client already has them. The body
 * is serialised once here, so the tag always matches what goes out.
 */
@ApplicationScoped
public class JsonResponses {

    /** Lists change with every import: clients may reuse them briefly, then revalidate. */
    public static final int LIST_MAX_AGE = 60;
    /** A cable changes only when it is re-imported with new text. */
    public static final int ITEM_MAX_AGE = 300;

    private final ObjectMapper mapper;

    public JsonResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Response.ResponseBuilder ok(Request request, Object body, int maxAgeSeconds) {
        byte[] bytes;
        try {
            bytes = mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response body could not be written as JSON", e);
        }
        var tag = new EntityTag(digest(bytes));
        var cache = new CacheControl();
        cache.setMaxAge(maxAgeSeconds);
        cache.setNoTransform(false);
        var notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(cache);
        }
        return Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE).tag(tag).cacheControl(cache);
    }

    private static String digest(byte[] bytes) {
        try {
            var hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
