package dev.beacon.channel.kit.testing;

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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real, packaged api ({@code api/target/quarkus-app/quarkus-run.jar}) as a child process, with the demo
 * content, its embedded PostgreSQL in a fresh directory under {@code target/} and a free loopback port. One
 * per test JVM, stopped when the JVM exits. Channels test against it so that drift from the API fails the build.
 */
public final class ApiUnderTest {

    private static ApiUnderTest shared;

    private static final Map<String, ApiUnderTest> WITH_OIDC = new java.util.HashMap<>();

    private final Process process;
    private final Path log;
    private final String url;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ApiUnderTest(Process process, Path log, String url) {
        this.process = process;
        this.log = log;
        this.url = url;
    }

    /** Starts the api the first time it is asked for, and waits until it is ready. */
    public static synchronized ApiUnderTest shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "stop-api-under-test"));
        }
        return shared;
    }

    /**
     * A second api of this JVM, with the same demo content but staff signed in by a real OIDC server (realm
     * {@code issuer}, e.g. the test Keycloak's {@code beacon}) instead of the demo issuer: for the admin's Keycloak
     * sign-in, where the person's Keycloak token must be what the api checks. One per issuer.
     */
    public static synchronized ApiUnderTest withOidc(String issuer) {
        return WITH_OIDC.computeIfAbsent(issuer, url -> {
            ApiUnderTest api = start(Map.of(
                    "QUARKUS_OIDC_AUTH_SERVER_URL", url,
                    "QUARKUS_OIDC_CLIENT_ID", "beacon-api",
                    "QUARKUS_OIDC_TOKEN_AUDIENCE", "beacon-api"));
            Runtime.getRuntime().addShutdownHook(new Thread(api::stop, "stop-api-under-test-oidc"));
            return api;
        });
    }

    public String url() {
        return url;
    }

    private static ApiUnderTest start() {
        return start(Map.of());
    }

    private static ApiUnderTest start(Map<String, String> extraEnv) {
        Path jar = Path.of(System.getProperty("beacon.test.api-jar", "../api/target/quarkus-app/quarkus-run.jar"))
                .toAbsolutePath()
                .normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    "The packaged api is missing: " + jar + ". Channel tests run against the real api; "
                            + "build it first with `./mvnw -pl api -am -DskipTests package` (or run `./mvnw verify` from the root, which builds api first).");
        }
        try {
            Path work = Path.of(System.getProperty("beacon.test.work-dir", "target/api-under-test"))
                    .resolve("run-" + System.currentTimeMillis() + "-"
                            + ProcessHandle.current().pid())
                    .toAbsolutePath();
            Files.createDirectories(work);
            Path log = work.resolve("api.log");
            int port = freePort();
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-jar", jar.toString())
                    .directory(work.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            // Its own embedded database, whatever the test JVM was given (CI sets QUARKUS_DATASOURCE_* for the api
            // suite).
            env.keySet()
                    .removeIf(k ->
                            k.startsWith("QUARKUS_DATASOURCE_") || k.startsWith("QUARKUS_OIDC_") || k.equals("PORT"));
            env.put("BEACON_DEMO_ENABLED", "true");
            env.put("BEACON_EMBEDDED_DB_DATA_DIR", work.resolve("pgdata").toString());
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            env.put("BEACON_SCHEDULE_EVERY", "off");
            // webhooks to the adapters under test, on this machine (notification.created)
            env.put("BEACON_WEBHOOKS_ALLOWED_PRIVATE_NETWORKS", "127.0.0.1/32");
            // PBKDF2 at its production cost makes every sign-up take seconds on a small CI machine; the api's own tests
            // do the same.
            env.put("BEACON_PROFILES_PIN_HASH_ITERATIONS", "1000");
            env.putAll(extraEnv);
            ApiUnderTest api = new ApiUnderTest(builder.start(), log, "http://127.0.0.1:" + port);
            // Minutes, not seconds, on a loaded 2-core machine: the embedded database and the demo content alone took 3
            // min.
            api.awaitReady(Duration.ofSeconds(420));
            return api;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the api under test", e);
        }
    }

    private void awaitReady(Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "The api under test exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<Void> ready = http.send(
                        HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        stop();
        throw new IllegalStateException(
                "The api under test was not ready after " + patience.toSeconds() + " s:\n" + tail());
    }

    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A staff token from the api's demo issuer, e.g. {@code eddie} (editor of demo). */
    public String staffToken(String username) {
        return token("{\"username\":\"" + username + "\"}");
    }

    /** A channel client's token from the demo issuer, e.g. {@code web}. */
    public String channelToken(String client) {
        return token("{\"client\":\"" + client + "\"}");
    }

    private String token(String request) {
        String body = send("POST", "/api/v1/demo/token", null, request, 200);
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("No access_token in " + body);
        }
        return m.group(1);
    }

    /**
     * Creates an item through the management API as an editor of {@code site} and publishes its translation
     * now. {@code translationJson} is a TranslationRequest (title, slug, tags, body…). Returns the new id.
     */
    public long publish(String site, String type, Long parentId, String locale, String translationJson) {
        String token = staffToken("eddie");
        String created = send(
                "POST",
                "/api/v1/manage/sites/" + site + "/content",
                token,
                "{\"type\":\"" + type + "\"," + (parentId == null ? "" : "\"parentId\":" + parentId + ",")
                        + "\"translation\":{\"locale\":\"" + locale + "\",\"content\":" + translationJson + "}}",
                201);
        Matcher m = Pattern.compile("^\\{\"id\":(\\d+)").matcher(created);
        if (!m.find()) {
            throw new IllegalStateException("No id in " + created);
        }
        long id = Long.parseLong(m.group(1));
        send(
                "POST",
                "/api/v1/manage/sites/" + site + "/content/" + id + "/translations/" + locale + "/publish",
                token,
                "{}",
                200);
        return id;
    }

    /** One HTTP call to the api; fails unless it answers {@code expected}. Returns the body. */
    public String send(String method, String path, String bearer, String json, int expected) {
        return send(method, path, bearer, null, json, expected);
    }

    /** The same, acting for the person {@code subject} ({@code Beacon-Subject}, with a channel's token). */
    public String send(String method, String path, String bearer, String subject, String json, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path))
                .timeout(Duration.ofSeconds(20))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (subject != null) {
            request.header("Beacon-Subject", subject);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(
                        method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
