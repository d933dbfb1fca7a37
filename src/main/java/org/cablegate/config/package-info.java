/**
 * The service's settings as typed interfaces ({@code cables.*}, {@code cables.search.*}; each also an environment
 * variable) and the producers that make the plain-Java share helpers injectable from them.
 *
 * <p><b>May use:</b> {@code share} (to produce its helpers). Used by most packages; uses none of them.
 */
package org.cablegate.config;
