package org.nianbao.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the gzip-compressed division table: one UTF-8 line per division,
 * {@code code TAB name TAB parent code TAB level}.
 */
final class DivisionFile {

    static final String RESOURCE = "/regions/divisions.tsv.gz";

    private DivisionFile() {
    }

    /** The divisions shipped with the application. */
    static List<Division> readBundled() {
        InputStream in = DivisionFile.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            // A packaging fault, not bad input: the build must ship the table.
            throw new IllegalStateException("division table " + RESOURCE + " is missing from the classpath");
        }
        try (in) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read division table " + RESOURCE, e);
        }
    }

    static List<Division> read(InputStream gzipped) throws IOException {
        List<Division> divisions = new ArrayList<>(48_000);
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8));
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (!line.isEmpty()) {
                divisions.add(parse(line, lineNumber));
            }
        }
        return divisions;
    }

    private static Division parse(String line, int lineNumber) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 4 || fields[0].isEmpty() || fields[1].isEmpty() || fields[3].length() != 1) {
            throw new IllegalStateException("division table line " + lineNumber + " is malformed: " + line);
        }
        return new Division(fields[0], fields[1], fields[2], RegionLevel.ofNumber(fields[3].charAt(0) - '0'));
    }
}
