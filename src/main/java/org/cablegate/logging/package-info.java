/**
 * Log hygiene: lines at INFO and above carry no stack trace, class name or SQL, whoever wrote them (the service,
 * Quarkus, Hibernate, the driver).
 *
 * <p><b>May use:</b> nothing of this service.
 */
package org.cablegate.logging;
