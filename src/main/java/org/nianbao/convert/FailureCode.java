package org.nianbao.convert;

/**
 * Why a document could not be converted at all. The lower-case form ({@link #reason()}) is what the
 * reason file and the CLI print.
 */
public enum FailureCode {
    EMPTY_FILE,
    UNSUPPORTED_FORMAT,
    NOT_A_PDF,
    CORRUPT_PDF,
    CORRUPT_DOCX,
    CORRUPT_DOC,
    CORRUPT_HTML,
    ENCRYPTED_PASSWORD_REQUIRED,
    ZIP_BOMB,
    DTD_NOT_ALLOWED,
    NESTING_TOO_DEEP,
    TOO_LARGE,
    TOO_MANY_PAGES,
    TIMEOUT,
    NO_PAGES,
    NO_CONTENT,
    NOT_A_REPORT,
    INTERNAL_ERROR;

    public String reason() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
