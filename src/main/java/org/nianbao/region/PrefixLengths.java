package org.nianbao.region;

import java.util.Map;

/**
 * A read-only map from a two-character prefix (packed in an {@code int}) to a bit set of name lengths
 * (a {@code long}), held in two primitive arrays with open addressing: a name scan probes it once per
 * character of text, without boxing a key or a value.
 */
final class PrefixLengths {

    private final int[] keys;
    private final long[] values;
    private final int mask;

    PrefixLengths(Map<Integer, Long> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
        keys = new int[capacity];
        values = new long[capacity];
        mask = capacity - 1;
        entries.forEach((key, value) -> {
            int slot = slot(key);
            while (values[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = value;
        });
    }

    /** The lengths stored for {@code key}, or 0 (no length) when there are none. */
    long get(int key) {
        for (int slot = slot(key); values[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return values[slot];
            }
        }
        return 0;
    }

    private int slot(int key) {
        int h = key * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
