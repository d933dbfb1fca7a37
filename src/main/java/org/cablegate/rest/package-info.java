/**
 * The JSON API under {@code /api/v1}: thin JAX-RS resources that check their parameters, ask the packages below and
 * answer records of {@link org.cablegate.rest.dto} (entities never leave), errors as problem JSON through
 * {@link org.cablegate.rest.ProblemMappers}; the request limits (414, 431) and the OpenAPI contract's filter.
 *
 * <p><b>May use:</b> {@code bulk}, {@code search}, {@code versions}, {@code persistence}, {@code domain},
 * {@code facts}, {@code ingest}, {@code share}, {@code security} (its roles), {@code problem}, {@code config}.
 * Used by {@code pages} (lookups, views, {@code ApiProblem}); never by the packages it uses.
 */
package org.cablegate.rest;
