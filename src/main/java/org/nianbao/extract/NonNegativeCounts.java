package org.nianbao.extract;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Check;
import org.nianbao.model.Tables;

/**
 * R5: every count is a non-negative integer. The 2019 本年增/减 ({@code change}) may be negative and
 * money amounts may be decimal. One check per table present.
 */
final class NonNegativeCounts {

    private NonNegativeCounts() {
    }

    static List<Check> check(Tables tables) {
        List<Check> checks = new ArrayList<>();
        add(checks, "proactive", tables.proactive());
        add(checks, "requests", tables.requests());
        add(checks, "reviewLitigation", tables.reviewLitigation());
        return checks;
    }

    private static void add(List<Check> checks, String name, Object table) {
        if (table == null) {
            return;
        }
        List<String> bad = new ArrayList<>();
        walk(table, new StringBuilder("tables.").append(name), null, bad);
        checks.add(new Check("R5", "tables." + name, bad.isEmpty() ? Check.PASS : Check.FAIL, null, null,
                bad.isEmpty() ? "all counts non-negative integers" : "not a non-negative integer: " + String.join(", ", bad)));
    }

    /**
     * Walks the table's records down to its cells (the model is records of records of numbers). The path
     * is one builder, extended and cut back on the way, and made a string only for a bad cell.
     */
    private static void walk(Object node, StringBuilder path, String field, List<String> bad) {
        if (node instanceof BigDecimal v) {
            check(v, path, field, bad);
        } else if (node instanceof Record record) {
            int length = path.length();
            for (RecordComponent c : COMPONENTS.get(record.getClass())) {
                path.append('.').append(c.getName());
                walk(value(c, record), path, c.getName(), bad);
                path.setLength(length);
            }
        }
    }

    /** {@code field} is the last part of the path, the cell's name in its record. */
    private static void check(BigDecimal v, StringBuilder path, String field, List<String> bad) {
        boolean money = field != null && field.startsWith("amount");
        boolean signed = "change".equals(field);
        boolean integral = v.signum() == 0 || v.scale() <= 0 || v.stripTrailingZeros().scale() <= 0;
        if ((!signed && v.signum() < 0) || (!money && !integral)) {
            bad.add(path + "=" + v.toPlainString());
        }
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component + " of a table record", e);
        }
    }

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            for (RecordComponent c : components) {
                // The model's own public accessors: checked once here rather than at every call.
                c.getAccessor().setAccessible(true);
            }
            return components;
        }
    };
}
