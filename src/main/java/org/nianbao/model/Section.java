package org.nianbao.model;

/** One numbered narrative section; {@code key} is null for headings outside the six standard ones. */
public record Section(String key, String number, String heading, String text) {
}
