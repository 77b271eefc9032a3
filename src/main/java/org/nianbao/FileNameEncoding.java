package org.nianbao;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * The encoding the JVM uses for file names ({@code sun.jnu.encoding}), fixed from the locale when the JVM
 * starts and not changeable afterwards (a {@code -Dsun.jnu.encoding} option is ignored). Under a POSIX
 * locale ({@code LANG=C}) it is ASCII: no archive folder such as {@code 371300-临沂市} can be made and no
 * Chinese file name can be read, so the service and the commands refuse to start, saying what to set.
 */
final class FileNameEncoding {

    static final String PROPERTY = "sun.jnu.encoding";
    /** Names the service writes: region folders, received file names. */
    private static final String SAMPLE = "临沂市年报";

    private FileNameEncoding() {
    }

    /** The one line to print when file names cannot hold Chinese characters under this JVM's locale; empty when they can. */
    static Optional<String> problem() {
        String name = System.getProperty(PROPERTY, "");
        if (canHoldChinese(name)) {
            return Optional.empty();
        }
        return Optional.of("nianbao needs a UTF-8 locale for Chinese file and folder names, but file names are "
                + (name.isEmpty() ? "in an unknown encoding" : name)
                + " here: start java with LC_ALL=C.UTF-8 (or LANG set to another UTF-8 locale),"
                + " e.g. LC_ALL=C.UTF-8 java -jar nianbao.jar");
    }

    static boolean canHoldChinese(String charsetName) {
        try {
            return Charset.forName(charsetName).newEncoder().canEncode(SAMPLE);
        } catch (IllegalArgumentException e) { // an illegal or unsupported charset name
            return false;
        }
    }
}
