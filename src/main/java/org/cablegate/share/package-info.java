/**
 * What sharing a paragraph or a change makes: posts sized as each network counts them (X through twitter-text,
 * Mastodon, Bluesky records with their facets), snippets and threads, permalinks, and the card image a link unfurls
 * with. Plain Java over values, configured by {@code config.ShareProducers}.
 *
 * <p><b>May use:</b> nothing of this service. Used by {@code rest}, {@code pages} and {@code config}.
 */
package org.cablegate.share;
