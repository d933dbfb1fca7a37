/**
 * The records the API answers with, one per JSON shape of the OpenAPI contract ({@code openapi/}). They hold only
 * plain values and other records of this package: no entity, no service.
 *
 * <p><b>May use:</b> nothing of this service (checked for {@code domain} by {@code ArchitectureTest}).
 * Used by {@code rest} and {@code pages}.
 */
package org.cablegate.rest.dto;
