package org.cablegate.pages;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.cablegate.persistence.FacetCount;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The reads only the site needs: counts by classification and by year for the home page, and the sitemaps, streamed
 * row by row from the database (a sitemap is written as its rows arrive, never held whole).
 */
@ApplicationScoped
public class SiteQueries {

    /** The most URLs one sitemap may hold (sitemaps.org). */
    static final int SITEMAP_URLS = 50_000;
    private static final int FETCH = 1_000;

    private final AgroalDataSource dataSource;

    public SiteQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<FacetCount> classifications() {
        return counts("SELECT classification, COUNT(*) FROM cable WHERE classification IS NOT NULL "
                + "GROUP BY classification ORDER BY COUNT(*) DESC, classification");
    }

    List<FacetCount> years() {
        return counts("SELECT CAST(YEAR(created) AS CHAR), COUNT(*) FROM cable GROUP BY YEAR(created) "
                + "ORDER BY YEAR(created) DESC");
    }

    private List<FacetCount> counts(String sql) {
        try (var connection = dataSource.getConnection(); var select = connection.prepareStatement(sql);
             var rs = select.executeQuery()) {
            var out = new ArrayList<FacetCount>();
            while (rs.next()) {
                out.add(new FacetCount(rs.getString(1), rs.getLong(2)));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("counts could not be read: SQLState " + e.getSQLState(), e);
        }
    }

    /** One sitemap of the index: the cables with ids from {@code firstId} to {@code lastId}, and when they last changed. */
    record SitemapChunk(int number, long firstId, long lastId, Instant lastmod) {
    }

    /**
     * The sitemaps: cables in id order cut into runs whose cable and paragraph URLs together stay within
     * {@link #SITEMAP_URLS}. One pass over the cable table, one row per cable.
     */
    List<SitemapChunk> sitemapChunks() {
        var sql = """
                SELECT c.id, c.paragraph_count, COALESCE(MAX(v.imported_at), c.released, c.created)
                FROM cable c LEFT JOIN cable_version v ON v.cable_id = c.id
                GROUP BY c.id ORDER BY c.id""";
        var out = new ArrayList<SitemapChunk>();
        try (var connection = dataSource.getConnection(); var select = connection.prepareStatement(sql)) {
            select.setFetchSize(FETCH);
            try (var rs = select.executeQuery()) {
                long first = 0;
                long last = 0;
                int urls = 0;
                Instant lastmod = null;
                while (rs.next()) {
                    var id = rs.getLong(1);
                    var here = 1 + rs.getInt(2);
                    var changed = instant(rs.getTimestamp(3));
                    if (urls > 0 && urls + here > SITEMAP_URLS) {
                        out.add(new SitemapChunk(out.size() + 1, first, last, lastmod));
                        urls = 0;
                        lastmod = null;
                    }
                    if (urls == 0) {
                        first = id;
                    }
                    last = id;
                    urls += here;
                    lastmod = lastmod == null || changed.isAfter(lastmod) ? changed : lastmod;
                }
                if (urls > 0) {
                    out.add(new SitemapChunk(out.size() + 1, first, last, lastmod));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("sitemaps could not be listed: SQLState " + e.getSQLState(), e);
        }
    }

    /** Writes the {@code <url>} elements of one chunk: each cable's page, then its paragraphs' pages. */
    void writeSitemapUrls(SitemapChunk chunk, String baseUrl, Writer out) throws IOException {
        var sql = """
                SELECT c.ref_id, COALESCE((SELECT MAX(v.imported_at) FROM cable_version v WHERE v.cable_id = c.id),
                       c.released, c.created), p.n
                FROM cable c LEFT JOIN paragraph p ON p.cable_id = c.id
                WHERE c.id BETWEEN ? AND ? ORDER BY c.id, p.position""";
        try (var connection = dataSource.getConnection(); var select = connection.prepareStatement(sql)) {
            select.setFetchSize(FETCH);
            select.setLong(1, chunk.firstId());
            select.setLong(2, chunk.lastId());
            try (var rs = select.executeQuery()) {
                String current = null;
                while (rs.next()) {
                    var refId = rs.getString(1);
                    var lastmod = Sitemaps.date(instant(rs.getTimestamp(2)));
                    if (!refId.equals(current)) {
                        Sitemaps.url(out, baseUrl + "/c/" + refId, lastmod);
                        current = refId;
                    }
                    var n = rs.getString(3);
                    if (n != null) {
                        Sitemaps.url(out, baseUrl + "/c/" + refId + "/" + Sitemaps.segment(n), lastmod);
                    }
                }
            }
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("sitemap could not be read: SQLState " + e.getSQLState()));
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? Instant.EPOCH : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
