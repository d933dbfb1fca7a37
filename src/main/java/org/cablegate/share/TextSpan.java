package org.cablegate.share;

/** A stretch of paragraph text a cut must not fall into (a fact's surface text), with the fact's id. */
public record TextSpan(int start, int end, String id) {
}
