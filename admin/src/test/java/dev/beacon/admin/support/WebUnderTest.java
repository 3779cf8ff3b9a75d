package dev.beacon.admin.support;

import dev.beacon.channel.kit.testing.ApiUnderTest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The packaged mobi-site (channel-web) against the shared api under test, for the preview frames: the admin is pointed
 * at it with {@code beacon.admin.web.url}. Started once per test JVM, stopped by a shutdown hook.
 */
public class WebUnderTest implements QuarkusTestResourceLifecycleManager {

    private static String url;

    @Override
    public Map<String, String> start() {
        return Map.of("beacon.admin.web.url", shared());
    }

    @Override
    public void stop() {
        // shared by the JVM's test classes
    }

    static synchronized String shared() {
        if (url == null) {
            url = launch(ApiUnderTest.shared().url());
        }
        return url;
    }

    private static String launch(String api) {
        Path jar = Path.of("../channel-web/target/quarkus-app/quarkus-run.jar")
                .toAbsolutePath()
                .normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The packaged channel-web is missing: " + jar
                    + ". Build it first: ./mvnw -pl channel-web -am -DskipTests package");
        }
        try {
            Path log = Path.of("target", "web-under-test.log").toAbsolutePath();
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            ProcessBuilder builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx256m",
                            "-jar",
                            jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.equals("PORT"));
            env.put("BEACON_API_URL", api);
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            String base = "http://127.0.0.1:" + port;
            HttpClient http = HttpClient.newHttpClient();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(300));
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("channel-web exited; see " + log);
                }
                try {
                    HttpResponse<Void> ready = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (ready.statusCode() == 200) {
                        return base;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
            process.destroy();
            throw new IllegalStateException("channel-web was not ready after 300 s; see " + log);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start channel-web", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
