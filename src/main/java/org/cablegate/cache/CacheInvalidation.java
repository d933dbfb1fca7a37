package org.cablegate.cache;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.cablegate.persistence.CablesWritten;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.util.HashSet;

/**
 * Drops the cached answers an import made stale: the cables written, the cables they cite (their "referenced by"
 * changes) and the cables that cite them (a cited cable now in the corpus gets a link).
 */
@ApplicationScoped
public class CacheInvalidation {

    private static final Logger LOG = Logger.getLogger(CacheInvalidation.class);

    private final ResponseCache cache;
    private final AgroalDataSource dataSource;

    public CacheInvalidation(ResponseCache cache, AgroalDataSource dataSource) {
        this.cache = cache;
        this.dataSource = dataSource;
    }

    void onWritten(@Observes CablesWritten written) {
        var stale = new HashSet<String>();
        stale.add(CacheKeys.LISTS);
        for (var cable : written.cables()) {
            stale.add(cable.refId());
            cable.cable().caption().references().forEach(r -> {
                if (r.refId() != null) {
                    stale.add(r.refId());
                }
            });
        }
        if (cache.size() > 0) {
            try {
                stale.addAll(citing(written));
            } catch (SQLException e) {
                // Without knowing who cites them, forget everything rather than serve a stale link.
                LOG.warnf("Cables citing an import could not be read (%s): the whole cache is dropped", e.getSQLState());
                cache.invalidateAll();
                return;
            }
        }
        cache.invalidate(stale);
    }

    private java.util.List<String> citing(CablesWritten written) throws SQLException {
        var refIds = written.cables().stream().map(c -> c.refId()).toList();
        var sql = "SELECT DISTINCT c.ref_id FROM cable_reference r JOIN cable c ON c.id = r.cable_id WHERE r.target_ref_id IN ("
                + "?" + ", ?".repeat(refIds.size() - 1) + ")";
        try (var connection = dataSource.getConnection(); var select = connection.prepareStatement(sql)) {
            for (int i = 0; i < refIds.size(); i++) {
                select.setString(i + 1, refIds.get(i));
            }
            var found = new java.util.ArrayList<String>();
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        }
    }
}
