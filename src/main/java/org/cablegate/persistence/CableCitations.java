package org.cablegate.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Which cables in the corpus cite which: what an import changes besides the cables it writes. */
public final class CableCitations {

    private CableCitations() {
    }

    /** Reference IDs of the stored cables that cite any of {@code refIds} (their "references" links change). */
    public static List<String> citing(Connection connection, Collection<String> refIds) throws SQLException {
        return refIds(connection, "SELECT DISTINCT c.ref_id FROM cable_reference r JOIN cable c ON c.id = r.cable_id "
                + "WHERE r.target_ref_id IN (", refIds);
    }

    /** Reference IDs that the stored cables {@code refIds} cite (their "referenced by" lists change). */
    public static List<String> cited(Connection connection, Collection<String> refIds) throws SQLException {
        return refIds(connection, "SELECT DISTINCT r.target_ref_id FROM cable_reference r JOIN cable c ON c.id = r.cable_id "
                + "WHERE r.target_ref_id IS NOT NULL AND c.ref_id IN (", refIds);
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
