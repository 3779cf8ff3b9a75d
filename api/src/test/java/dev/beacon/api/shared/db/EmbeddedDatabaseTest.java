package dev.beacon.api.shared.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path tempDir;

    @Test
    void keepsDataAcrossRestart() throws SQLException {
        Path dataDirectory = tempDir.resolve("pgdata");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory);
                Connection connection = connect(database);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE greeting (text TEXT)");
            statement.execute("INSERT INTO greeting VALUES ('hello')");
        }

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory);
                Connection connection = connect(database);
                ResultSet rows = connection.createStatement().executeQuery("SELECT text FROM greeting")) {
            assertTrue(rows.next());
            assertEquals("hello", rows.getString(1));
        }
    }

    @Test
    void refusesSecondInstanceOnSameDirectory() {
        Path dataDirectory = tempDir.resolve("pgdata");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDirectory)) {
            IllegalStateException refusal = assertThrows(
                    IllegalStateException.class,
                    () -> EmbeddedDatabase.start(dataDirectory).close());
            assertTrue(refusal.getMessage().contains(dataDirectory.toString()), refusal.getMessage());
        }
    }

    @Test
    void contributesNothingWhenADatabaseUrlIsConfigured() {
        Path dataDirectory = tempDir.resolve("pgdata");
        SmallRyeConfig config = configWith(Map.of(
                EmbeddedDatabaseConfigSourceFactory.JDBC_URL,
                "jdbc:postgresql://db.example.org:5432/beacon",
                EmbeddedDatabaseConfigSourceFactory.DATA_DIR,
                dataDirectory.toString()));

        assertEquals(
                "jdbc:postgresql://db.example.org:5432/beacon",
                config.getValue(EmbeddedDatabaseConfigSourceFactory.JDBC_URL, String.class));
        assertFalse(StreamSupport.stream(config.getConfigSources().spliterator(), false)
                .anyMatch(source -> source.getName().startsWith("EmbeddedDatabaseConfigSource")));
        assertFalse(Files.exists(dataDirectory));
    }

    @Test
    void startsNothingWhileQuarkusBuildsTheApplication() {
        Path dataDirectory = tempDir.resolve("pgdata");
        SmallRyeConfig config =
                configWith(Map.of(EmbeddedDatabaseConfigSourceFactory.DATA_DIR, dataDirectory.toString()));

        assertTrue(config.getOptionalValue(EmbeddedDatabaseConfigSourceFactory.JDBC_URL, String.class)
                .isEmpty());
        assertFalse(Files.exists(dataDirectory));
    }

    private static SmallRyeConfig configWith(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 250))
                .withSources(new EmbeddedDatabaseConfigSourceFactory())
                .build();
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }
}
