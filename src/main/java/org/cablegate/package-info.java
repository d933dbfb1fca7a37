/**
 * The entry point ({@link org.cablegate.CablegateMain}): starts an embedded MariaDB when no database is configured,
 * sets a command's own configuration (no port, no background work of the service's: samples, resumed jobs, the
 * change-log follower) and hands over to Quarkus.
 *
 * <p><b>May use:</b> {@code cli}, {@code persistence}. Nothing depends on it.
 *
 * <p>The packages below it form no circle, checked by {@code ArchitectureTest} (ArchUnit) in every build; each
 * {@code package-info.java} says the package's job and which packages it may use.
 */
package org.cablegate;
