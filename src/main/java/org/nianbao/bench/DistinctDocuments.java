package org.nianbao.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Makes {@code count} distinct documents out of fewer source files: the first round copies each source as
 * it is, every further round adds a few bytes the readers ignore (an HTML comment after the page, a PDF
 * comment after the last {@code %%EOF}, a ZIP archive comment in a DOCX), so each copy has its own SHA-256
 * and converts like the original. Sources of other kinds (DOC) are used once.
 */
final class DistinctDocuments {

    private static final byte[] ZIP_END = {0x50, 0x4b, 0x05, 0x06};
    private static final int ZIP_END_SIZE = 22;

    private DistinctDocuments() {
    }

    /** Every regular file under the given files and folders (recursively), in path order. */
    static List<Path> sources(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new IOException(input + ": no such file or folder");
            }
        }
        return files;
    }

    /** Writes {@code count} distinct documents into {@code folder}; returns them in the order written. */
    static List<Path> write(List<Path> sources, int count, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (int round = 0; written.size() < count; round++) {
            int before = written.size();
            for (Path source : sources) {
                if (written.size() == count) {
                    break;
                }
                Optional<byte[]> bytes = variant(Files.readAllBytes(source), extension(source), round);
                if (bytes.isPresent()) {
                    Path target = folder.resolve(String.format(Locale.ROOT, "%04d-%s", written.size(),
                            source.getFileName()));
                    Files.write(target, bytes.get());
                    written.add(target);
                }
            }
            if (written.size() == before) {
                throw new IOException("only " + written.size() + " distinct documents can be made from these sources");
            }
        }
        return written;
    }

    static Optional<byte[]> variant(byte[] original, String extension, int round) {
        if (round == 0) {
            return Optional.of(original);
        }
        byte[] mark = ("copy " + round).getBytes(StandardCharsets.US_ASCII);
        return switch (extension) {
            case "html", "htm" -> Optional.of(concat(original, ("\n<!-- " + new String(mark, StandardCharsets.US_ASCII)
                    + " -->\n").getBytes(StandardCharsets.US_ASCII)));
            case "pdf" -> Optional.of(concat(original, ("\n%" + new String(mark, StandardCharsets.US_ASCII) + "\n")
                    .getBytes(StandardCharsets.US_ASCII)));
            case "docx" -> withZipComment(original, mark);
            default -> Optional.empty();
        };
    }

    /** A ZIP archive whose end record has no comment yet gets one: still the same archive to every reader. */
    private static Optional<byte[]> withZipComment(byte[] zip, byte[] comment) {
        int end = zip.length - ZIP_END_SIZE;
        if (end < 0 || !Arrays.equals(zip, end, end + ZIP_END.length, ZIP_END, 0, ZIP_END.length)) {
            return Optional.empty();
        }
        byte[] copy = concat(zip, comment);
        ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putShort(end + ZIP_END_SIZE - 2, (short) comment.length);
        return Optional.of(copy);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
