/**
 * The commands of {@code java -jar quarkus-run.jar [command]}: {@code import FILE}, {@code reindex},
 * {@code facts --reextract}, and their progress lines. A command's configuration (no HTTP port, no follower, rare
 * index refreshes) is set before start by {@code CablegateMain}: the services never ask which command runs.
 *
 * <p><b>May use:</b> {@code bulk}, {@code search}, {@code cache}, {@code persistence}, {@code ingest}.
 * Used by the entry point only.
 */
package org.cablegate.cli;
