package org.cablegate.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.List;

/** Native SQL with positional parameters, for the reads that JPQL cannot say (FULLTEXT, keyset pages, index hints). */
final class NativeSql {

    private NativeSql() {
    }

    static Query query(EntityManager em, CharSequence sql, List<?> params, Class<?> resultType) {
        var query = resultType == null ? em.createNativeQuery(sql.toString()) : em.createNativeQuery(sql.toString(), resultType);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    static List<Long> ids(EntityManager em, CharSequence sql, List<?> params) {
        return query(em, sql, params, Long.class).getResultList();
    }
}
