package dev.beacon.api.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server run from binaries shipped in a jar, so that Beacon works without a database server to install.
 * Its data lives in a directory of the caller's choosing and survives restarts.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "beacon";
    static final String USERNAME = "postgres";
    // The server trusts local connections and never checks it; it is not empty because Quarkus treats an
    // empty value as a missing one.
    static final String PASSWORD = "postgres";
    private static final String HOST = "127.0.0.1";

    private final Path dataDirectory;
    private final FileChannel lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(Path dataDirectory, FileChannel lock, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.lock = lock;
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        FileChannel lock = lock(directory);
        Path log = logFile(directory);
        EmbeddedPostgres postgres = null;
        try {
            stopServerLeftBehind(directory);
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(freeLoopbackPort())
                    // The server trusts every connection it accepts, so it accepts them only from this machine.
                    .setServerConfig("listen_addresses", HOST)
                    // The library tunes the server for throwaway test data; this data is meant to be kept.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            createDatabaseIfMissing(postgres);
            return new EmbeddedDatabase(directory, lock, postgres);
        } catch (IOException | SQLException | RuntimeException e) {
            if (postgres != null) {
                closeQuietly(postgres, e);
            }
            closeQuietly(lock, e);
            throw new IllegalStateException(
                    "Could not start the embedded database in " + directory + "; its server log is " + log, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":" + port() + "/" + DATABASE;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path logFile() {
        return logFile(dataDirectory);
    }

    @Override
    public void close() {
        try (lock) {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Postgres itself refuses a second server only once the first has written its pid file, so two processes
     * starting at once could both run initdb on the directory. The lock is taken before anything touches it,
     * and it sits beside the directory because initdb wants an empty one.
     */
    private static FileChannel lock(Path directory) {
        try {
            Files.createDirectories(directory.getParent());
            FileChannel channel = FileChannel.open(
                    directory.resolveSibling(directory.getFileName() + ".lock"),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldInThisJvm) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException(
                        "The embedded database directory " + directory
                                + " is in use by another Beacon process. Stop it, or set BEACON_EMBEDDED_DB_DATA_DIR to another directory.");
            }
            return channel;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock the embedded database directory " + directory, e);
        }
    }

    /**
     * The server runs as its own process, so a Beacon that was killed outright leaves it running and holding the
     * directory. Holding the lock proves no Beacon owns it any more. Only a server run from the embedded binaries
     * is stopped, never one that happens to use the same directory.
     */
    private static void stopServerLeftBehind(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        ProcessHandle.of(pid)
                .filter(server -> server.info()
                        .command()
                        .map(command -> command.startsWith(binariesDirectory()))
                        .orElse(false))
                .ifPresent(server -> {
                    // SIGTERM: the server finishes its work and shuts down cleanly.
                    server.destroy();
                    server.onExit().orTimeout(30, TimeUnit.SECONDS).join();
                });
    }

    /** Where the library unpacks its Postgres binaries. */
    private static String binariesDirectory() {
        return System.getProperty(
                "ot.epg.working-dir",
                Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString());
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + DATABASE);
                }
            }
        }
    }

    private static Path logFile(Path directory) {
        return directory.resolveSibling(directory.getFileName() + ".log");
    }

    private static void closeQuietly(AutoCloseable closeable, Exception failure) {
        try {
            closeable.close();
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
    }
}
