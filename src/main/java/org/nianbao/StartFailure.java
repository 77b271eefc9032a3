package org.nianbao;

/** Why the service could not start, in one line: the messages of a failure and of what caused it. */
final class StartFailure {

    private StartFailure() {
    }

    /**
     * The failure's message followed by each cause's that says something more (a wrapper's message
     * often repeats its cause's); the class name where a failure has no message.
     */
    static String reason(Throwable failure) {
        StringBuilder line = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (line.indexOf(message) < 0 && (t.getCause() == null || !message.equals(t.getCause().toString()))) {
                line.append(line.length() == 0 ? "" : ": ").append(message);
            }
        }
        return line.toString().replace('\n', ' ');
    }
}
