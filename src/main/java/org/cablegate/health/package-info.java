/**
 * The readiness probe: ready when the database answers (with a short socket timeout of its own) and every migration
 * is applied.
 *
 * <p><b>May use:</b> nothing of this service (the data source and Flyway only).
 */
package org.cablegate.health;
