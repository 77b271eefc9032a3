package org.nianbao.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What an archive folder holds, read straight from the disk: the SHA-256 folder of every complete entry. */
public final class ArchiveContents {

    private ArchiveContents() {
    }

    /** The names of the folders holding a {@code report.json}, outside {@code .staging}. */
    public static Set<String> entryIds(Path archive) throws IOException {
        if (!Files.isDirectory(archive)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(archive)) {
            return files.filter(p -> p.getFileName().toString().equals("report.json"))
                    .filter(p -> !archive.relativize(p).startsWith(".staging"))
                    .map(p -> p.getParent().getFileName().toString())
                    .collect(Collectors.toSet());
        }
    }

    /** The ids the index at {@code settings} holds, read with a connection of its own. */
    public static Set<String> indexIds(IndexSettings settings) throws SQLException {
        try (Connection c = settings.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM archived_report")) {
            Set<String> ids = new HashSet<>();
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            return ids;
        }
    }
}
