/**
 * The reading site: the HTML pages a shared link opens and the ones around them. The home page, search and list
 * pages ({@code /}, {@code /search}, {@code /origins/…}, {@code /tags/…}, {@code /classifications/…},
 * {@code /years/…}), the cable and paragraph permalink pages with their card image and share actions, and what the
 * rest of the web reads: oEmbed, {@code robots.txt}, the sitemaps and schema.org JSON-LD.
 *
 * <p>Pages are Qute templates ({@code templates/pages/}) that escape every value; they load nothing but their own
 * inline style and same-origin images (no script, no third-party request). Data comes from the persistence, search,
 * versions and share packages and from the REST layer's lookups; nothing in {@code rest} depends on this package.
 *
 * <p><b>May use:</b> {@code rest} (lookups, views, {@code ApiProblem}), {@code rest.dto}, {@code persistence},
 * {@code domain}, {@code search}, {@code versions}, {@code share}, {@code problem}. Nothing depends on it.
 */
package org.cablegate.pages;
