/**
 * The time every read keeps to: a request that has not begun its answer by the deadline gets a 503 problem with
 * {@code Retry-After} instead of waiting on a database that stopped answering.
 *
 * <p><b>May use:</b> {@code problem}, {@code config}. Nothing depends on it.
 */
package org.cablegate.deadline;
