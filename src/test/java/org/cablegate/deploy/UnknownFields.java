package org.cablegate.deploy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Fields of a manifest that its Kubernetes kind does not have. The fabric8 model keeps what it cannot map in each
 * object's {@code additionalProperties} instead of failing; a misspelt or misplaced field ends up there, and
 * {@code kubectl apply} (strict field validation) would refuse it.
 */
final class UnknownFields {

    private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";

    private UnknownFields() {
    }

    static List<String> in(Object model) {
        var found = new ArrayList<String>();
        walk(model, "", found);
        return found;
    }

    private static void walk(Object value, String path, List<String> found) {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, found));
            return;
        }
        if (value instanceof Collection<?> items) {
            var i = 0;
            for (var item : items) {
                walk(item, path + "[" + i++ + "]", found);
            }
            return;
        }
        if (!value.getClass().getName().startsWith(MODEL_PACKAGE)) {
            return;
        }
        for (var type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (var field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                var fieldValue = read(field, value);
                if ("additionalProperties".equals(field.getName())) {
                    if (fieldValue instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        extra.keySet().forEach(k -> found.add(path + "." + k));
                    }
                } else {
                    walk(fieldValue, path + "." + field.getName(), found);
                }
            }
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
