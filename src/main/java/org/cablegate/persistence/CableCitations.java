package org.cablegate.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Which cables in the corpus cite which: what an import changes besides the cables it writes. A cable cites another
 * through its caption's REF line or in its text (a fact of type reference with a target).
 */
public final class CableCitations {

    private CableCitations() {
    }

    /** Reference IDs of the stored cables that cite any of {@code refIds} (their "references" links change). */
    public static List<String> citing(Connection connection, Collection<String> refIds) throws SQLException {
        var found = refIds(connection, "SELECT DISTINCT c.ref_id FROM cable_reference r JOIN cable c ON c.id = r.cable_id "
                + "WHERE r.target_ref_id IN (", refIds);
        found.addAll(refIds(connection, "SELECT DISTINCT f.ref_id FROM fact f WHERE f.type = 'reference' "
                + "AND f.target IN (", refIds));
        return found;
    }

    /** Reference IDs that the stored cables {@code refIds} cite (their "referenced by" lists change). */
    public static List<String> cited(Connection connection, Collection<String> refIds) throws SQLException {
        var found = refIds(connection, "SELECT DISTINCT r.target_ref_id FROM cable_reference r JOIN cable c ON c.id = r.cable_id "
                + "WHERE r.target_ref_id IS NOT NULL AND c.ref_id IN (", refIds);
        found.addAll(refIds(connection, "SELECT DISTINCT f.target FROM fact f JOIN cable c ON c.id = f.cable_id "
                + "WHERE f.type = 'reference' AND f.target IS NOT NULL AND c.ref_id IN (", refIds));
        return found;
    }

    private static List<String> refIds(Connection connection, String sqlUpToIn, Collection<String> refIds)
            throws SQLException {
        var found = new ArrayList<String>();
        if (refIds.isEmpty()) {
            return found;
        }
        try (var select = connection.prepareStatement(sqlUpToIn + StoredCables.placeholders(refIds.size()) + ")")) {
            int i = 1;
            for (var refId : refIds) {
                select.setString(i++, refId);
            }
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }
}
