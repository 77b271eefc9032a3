package org.nianbao.correction;

/** A correction that cannot be made as asked; the message says why, in Chinese, for the person who asked. */
public final class CorrectionException extends Exception {

    private static final long serialVersionUID = 1L;

    public CorrectionException(String message) {
        super(message);
    }
}
