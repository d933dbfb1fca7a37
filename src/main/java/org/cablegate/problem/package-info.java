/**
 * RFC 9457 problem JSON, built in one place: {@link org.cablegate.problem.Problem} (the body and its OpenAPI schema)
 * and {@link org.cablegate.problem.ProblemResponses}, which writes it for the JAX-RS exception mappers
 * ({@code rest.ProblemMappers}, {@code security.SecurityProblems}) and for the Vert.x filters that answer before
 * JAX-RS ({@code rest.RequestLimits}, {@code security.RateLimitFilter}).
 *
 * <p><b>May use:</b> nothing of this service. Used by {@code rest}, {@code security} and {@code pages}.
 */
package org.cablegate.problem;
