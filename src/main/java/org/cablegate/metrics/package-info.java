/**
 * Prometheus metrics of our own making: import rows by outcome, request latency histograms with a short list of
 * buckets, labelled by route template, also for answers the response cache served.
 *
 * <p><b>May use:</b> {@code persistence} (the outcomes it counts). Used by {@code bulk}.
 */
package org.cablegate.metrics;
