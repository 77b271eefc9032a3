package org.nianbao.model;

/** A recoverable oddity found while converting: the report is still produced, with this note. */
public record Warning(String code, String message, String location) {

    public static Warning of(String code, String message) {
        return new Warning(code, message, null);
    }
}
