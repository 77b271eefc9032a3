package org.nianbao.cli;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The inputs of one {@code convert} run and the output file of each. A file given by name is taken
 * whatever it is called; a folder is walked recursively (symbolic links not followed) for the documents
 * it holds ({@code .pdf .docx .doc .html .htm .shtml}, any case; hidden files and folders skipped), in
 * name order. Outputs mirror the folders below the given folder: {@code in/2020/a.pdf} given as
 * {@code in} becomes {@code OUT/2020/a.json}; a name taken earlier in the run gets {@code -2}, {@code -3}...
 * The folder structure comes from the walk below a folder the user named, and each name is one path
 * element of it, so no output can land outside {@code OUT}.
 */
final class ConvertInputs {

    private static final Set<String> DOCUMENT_EXTENSIONS = Set.of("pdf", "docx", "doc", "html", "htm", "shtml");

    /** One input and where its JSON goes (null when it goes to standard output). */
    record Input(Path file, Path output) {
    }

    private ConvertInputs() {
    }

    /** Every input of {@code given} in order; a missing path is kept as a file so that it fails on its own. */
    static List<Input> plan(List<Path> given, Path outDir) throws IOException {
        List<Input> inputs = new ArrayList<>();
        Set<Path> taken = new HashSet<>();
        for (Path path : given) {
            if (Files.isDirectory(path)) {
                for (Path file : documentsIn(path)) {
                    Path relative = path.relativize(file);
                    inputs.add(new Input(file, unique(outDir, relative.getParent(), stemOf(file), taken)));
                }
            } else {
                inputs.add(new Input(path, outDir == null ? null : unique(outDir, null, stemOf(path), taken)));
            }
        }
        return inputs;
    }

    private static List<Path> documentsIn(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder, new FileVisitOption[0])) {
            return walk.filter(p -> !p.equals(folder))
                    .filter(p -> !hidden(folder.relativize(p)))
                    .filter(Files::isRegularFile)
                    .filter(ConvertInputs::isDocument)
                    .sorted(Comparator.comparing(p -> folder.relativize(p).toString()))
                    .toList();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDocument(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && DOCUMENT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static String stemOf(Path file) {
        String name = file.getFileName() == null ? "document" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** {@code OUT/sub/stem.json}, or {@code stem-2.json}... when an earlier input of this run took that name. */
    private static Path unique(Path outDir, Path subFolder, String stem, Set<Path> taken) {
        Path folder = subFolder == null ? outDir : outDir.resolve(subFolder);
        Path name = folder.resolve(stem + ".json");
        for (int n = 2; !taken.add(name.normalize()); n++) {
            name = folder.resolve(stem + "-" + n + ".json");
        }
        return name;
    }
}
