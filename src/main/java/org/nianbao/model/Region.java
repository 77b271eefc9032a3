package org.nianbao.model;

import java.util.List;

/** A GB/T 2260 administrative division: code, name and the names from province down to it. */
public record Region(String code, String name, List<String> path) {
}
