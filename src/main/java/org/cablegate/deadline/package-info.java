/**
 * The time every read keeps to: a request that has not begun its answer by the deadline gets a 503 problem with
 * {@code Retry-After} instead of waiting on a database that stopped answering. Uses {@code config} and the problem
 * body of {@code rest}; nothing depends on it.
 */
package org.cablegate.deadline;
