package org.nianbao.convert;

/** A document that cannot be converted at all: the code says why, the message says it for a person. */
public class ConversionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final FailureCode code;

    public ConversionException(FailureCode code, String message) {
        super(message);
        this.code = code;
    }

    public ConversionException(FailureCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public FailureCode code() {
        return code;
    }
}
