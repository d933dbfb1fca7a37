/**
 * Who may write, and how much anyone may read: API keys as bearer tokens through Quarkus security (the role
 * {@link org.cablegate.security.Roles#WRITER}), its refusals as problem JSON, the per-client read rate limit on the
 * event loop, and the security headers of every answer.
 *
 * <p><b>May use:</b> {@code problem}, {@code config}. Used by {@code rest} (its roles); never uses {@code rest}.
 */
package org.cablegate.security;
