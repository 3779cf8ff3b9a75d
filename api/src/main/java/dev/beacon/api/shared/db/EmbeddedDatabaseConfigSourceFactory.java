package dev.beacon.api.shared.db;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

/**
 * Points the datasource at an {@link EmbeddedDatabase} when no database URL is configured, so that Beacon runs
 * without a database server to install. Configuration is built several times, at build time too, so the server
 * starts only when the application reads the URL.
 */
public final class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String USERNAME = "quarkus.datasource.username";
    static final String PASSWORD = "quarkus.datasource.password";
    static final String ENABLED = "beacon.embedded-db.enabled";
    static final String DATA_DIR = "beacon.embedded-db.data-dir";

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseConfigSourceFactory.class);

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (valueOf(context, JDBC_URL) != null || "false".equalsIgnoreCase(valueOf(context, ENABLED))) {
            return List.of();
        }
        String dataDirectory = valueOf(context, DATA_DIR);
        return List.of(new EmbeddedDatabaseConfigSource(
                dataDirectory != null
                        ? Path.of(dataDirectory)
                        : Path.of(System.getProperty("user.home"), ".beacon", "pgdata")));
    }

    private static String valueOf(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? null : value.getValue();
    }

    /**
     * Dev mode reloads and test profile switches load the application again in a new class loader, while the server
     * started by an earlier load keeps running and holding its directory. Its URL is kept in a system property,
     * where every class loader of this JVM finds it. Its name stays outside the {@code beacon.} prefix: every key
     * there must map to {@code BeaconConfig}, and system properties are configuration too.
     */
    private static synchronized String jdbcUrl(Path dataDirectory) {
        String key = "dev.beacon.embedded-db.running."
                + dataDirectory.toAbsolutePath().normalize();
        String url = System.getProperty(key);
        if (url == null) {
            EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory);
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "beacon-embedded-db-shutdown"));
            LOG.infof(
                    "Started the embedded PostgreSQL server in %s on port %d (server log: %s)",
                    database.dataDirectory(), database.port(), database.logFile());
            url = database.jdbcUrl();
            System.setProperty(key, url);
        }
        return url;
    }

    private static final class EmbeddedDatabaseConfigSource implements ConfigSource {

        private final Path dataDirectory;

        EmbeddedDatabaseConfigSource(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
        }

        // Quarkus reads the default datasource's username only if a source names it.
        @Override
        public Set<String> getPropertyNames() {
            return whileBuilding() ? Set.of() : Set.of(JDBC_URL, USERNAME, PASSWORD);
        }

        @Override
        public String getValue(String propertyName) {
            if (whileBuilding()) {
                return null;
            }
            switch (propertyName) {
                case JDBC_URL:
                    return jdbcUrl(dataDirectory);
                case USERNAME:
                    return EmbeddedDatabase.USERNAME;
                case PASSWORD:
                    return EmbeddedDatabase.PASSWORD;
                default:
                    return null;
            }
        }

        /**
         * The Quarkus build reads every property that a source names and records the values as runtime defaults,
         * which would start a server at build time and bake its port into the application. The build runs before
         * any execution mode is set.
         */
        private static boolean whileBuilding() {
            return ExecutionMode.current() == ExecutionMode.UNSET;
        }

        @Override
        public String getName() {
            return "EmbeddedDatabaseConfigSource[" + dataDirectory + "]";
        }

        // Below every source a person writes to, so a value set anywhere else wins.
        @Override
        public int getOrdinal() {
            return 50;
        }
    }
}
