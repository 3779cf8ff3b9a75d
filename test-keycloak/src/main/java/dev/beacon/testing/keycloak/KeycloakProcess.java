package dev.beacon.testing.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the Keycloak process: the unpacked distribution of {@code target/keycloak}, a fresh data folder with the realm
 * files imported, two free ports, and a wait until the realm answers; a leftover of a dead test JVM is ended first and
 * a JVM shutdown hook ends this one. The running instance is recorded in system properties (see {@link RealKeycloak}).
 *
 * <p>Optional system properties: {@code keycloak-test.dist} (the unpacked {@code keycloak-<version>} folder),
 * {@code keycloak-test.realm-dir} (folder holding the realm files), {@code keycloak-test.startup-timeout-seconds}
 * (default 300: Keycloak is ready in about 25 s on an idle 2-core machine, 35-110 s while other builds loaded it, and
 * once took over 180 s at a load average of 25; a Keycloak that exits is reported at once, so the bound only matters
 * for a hung one).
 */
final class KeycloakProcess {

    private static final Duration POLL = Duration.ofMillis(500);

    private KeycloakProcess() {}

    // ------------------------------------------------------------------ launch

    /** Starts Keycloak and waits until it is ready; returns its base URL. */
    static String launch() {
        Path moduleDir = moduleDir();
        Path targetDir = moduleDir.resolve("target");
        Path dist = locateDist(moduleDir);
        Path realmDir = locateRealmDir(moduleDir);
        Path javaHome = JavaHomes.findJavaHome();

        Path pidFile = targetDir.resolve("keycloak.pid");
        killLeftover(pidFile, dist);
        prepareDataDir(dist, realmDir);

        int httpPort = freePort();
        int managementPort = freePort();
        while (managementPort == httpPort) {
            managementPort = freePort();
        }
        String baseUrl = "http://127.0.0.1:" + httpPort;
        String managementUrl = "http://127.0.0.1:" + managementPort;
        Path log = targetDir.resolve("keycloak.log");

        Path kcSh = dist.resolve("bin/kc.sh");
        if (!Files.isExecutable(kcSh) && !kcSh.toFile().setExecutable(true)) {
            throw new IllegalStateException(kcSh + " is not executable");
        }
        ProcessBuilder pb = new ProcessBuilder(
                kcSh.toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                "--health-enabled=true",
                "--import-realm");
        pb.directory(dist.toFile());
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        // The test JVM's environment must not reconfigure Keycloak (itself a Quarkus app) by accident.
        env.keySet().removeIf(k -> k.startsWith("KC_") || k.startsWith("KEYCLOAK_") || k.startsWith("QUARKUS_"));
        env.remove("JAVA");
        env.remove("JAVA_OPTS");
        env.remove("DEBUG");
        env.remove("DEBUG_PORT");
        env.remove("DEBUG_SUSPEND");
        env.put("JAVA_HOME", javaHome.toString());
        env.put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");

        long t0 = System.nanoTime();
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not launch " + kcSh, e);
        }
        writePidFile(pidFile, process.pid());
        System.setProperty(RealKeycloak.PID_PROPERTY, Long.toString(process.pid()));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopProcess(process, pidFile), "keycloak-stop"));

        String wellKnown = baseUrl + "/realms/" + RealKeycloak.REALM + "/.well-known/openid-configuration";
        Duration timeout = Duration.ofSeconds(Long.getLong("keycloak-test.startup-timeout-seconds", 300));
        try {
            waitUntilUp(process, wellKnown, timeout, log);
        } catch (RuntimeException e) {
            stopProcess(process, pidFile);
            System.clearProperty(RealKeycloak.PID_PROPERTY);
            throw e;
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        System.setProperty(RealKeycloak.BASE_URL_PROPERTY, baseUrl);
        System.setProperty(RealKeycloak.MANAGEMENT_URL_PROPERTY, managementUrl);
        System.out.printf(
                "[RealKeycloak] Keycloak %s up at %s in %d ms (JDK %s, log %s)%n",
                RealKeycloak.KEYCLOAK_VERSION, baseUrl, ms, javaHome, log);
        return baseUrl;
    }

    private static void waitUntilUp(Process process, String url, Duration timeout, Path log) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        int lastStatus = -1;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                        + " before it was ready. Last lines of " + log + ":\n" + tail(log, 40));
            }
            try {
                lastStatus = client.send(request, HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (lastStatus == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(POLL);
        }
        throw new IllegalStateException("Keycloak did not answer 200 on " + url + " within " + timeout.toSeconds()
                + " s (last status " + lastStatus + "; raise -Dkeycloak-test.startup-timeout-seconds if the "
                + "machine is slow). Last lines of " + log + ":\n" + tail(log, 40));
    }

    // ------------------------------------------------------------------ locating things

    /** The Maven module folder whose tests are running (its target/keycloak holds the unpacked server). */
    static Path moduleDir() {
        // Surefire runs each module's tests in that module's folder; this class lives in a jar of its own.
        return Path.of(System.getProperty("user.dir")).toAbsolutePath();
    }

    private static Path locateDist(Path moduleDir) {
        String override = System.getProperty("keycloak-test.dist");
        Path dist = override != null
                ? Path.of(override)
                : moduleDir.resolve("target/keycloak/keycloak-" + RealKeycloak.KEYCLOAK_VERSION);
        if (!Files.isRegularFile(dist.resolve("bin/kc.sh")) || !Files.isDirectory(dist.resolve("lib"))) {
            throw new IllegalStateException("Keycloak " + RealKeycloak.KEYCLOAK_VERSION + " distribution not found at "
                    + dist.toAbsolutePath() + ". It is unpacked by the Maven build (maven-dependency-plugin, "
                    + "phase generate-test-resources): run `./mvnw -pl <the module> generate-test-resources` (or any "
                    + "`./mvnw test` / `verify`) from the project root first.");
        }
        return dist.toAbsolutePath();
    }

    private static Path locateRealmDir(Path moduleDir) {
        String override = System.getProperty("keycloak-test.realm-dir");
        if (override != null) {
            return requireRealmFiles(Path.of(override));
        }
        List<Path> tried = new ArrayList<>();
        for (Path dir = moduleDir.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("dev/keycloak");
            tried.add(candidate);
            if (RealKeycloak.REALM_FILES.stream().allMatch(f -> Files.isRegularFile(candidate.resolve(f)))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Realm files " + RealKeycloak.REALM_FILES + " not found in any of " + tried
                + " (set -Dkeycloak-test.realm-dir to override)");
    }

    private static Path requireRealmFiles(Path dir) {
        for (String f : RealKeycloak.REALM_FILES) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                throw new IllegalStateException("Realm file " + dir.resolve(f) + " is missing");
            }
        }
        return dir;
    }

    // ------------------------------------------------------------------ process and files

    /** Fresh H2 (so the realm import is fresh) and exactly our realm files in data/import. */
    private static void prepareDataDir(Path dist, Path realmDir) {
        Path data = dist.resolve("data");
        deleteTree(data.resolve("h2"));
        Path importDir = data.resolve("import");
        deleteTree(importDir);
        try {
            Files.createDirectories(importDir);
            for (String f : RealKeycloak.REALM_FILES) {
                Files.copy(realmDir.resolve(f), importDir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy realm files into " + importDir, e);
        }
    }

    /** A Keycloak left running by an earlier test JVM that died (its pid file is still there): end it. */
    private static void killLeftover(Path pidFile, Path dist) {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            if (handle.isPresent() && handle.get().isAlive() && runsFrom(handle.get(), dist)) {
                Optional<ProcessHandle> owner = handle.get().parent().filter(ProcessHandle::isAlive);
                if (owner.isPresent()
                        && owner.get().pid() != ProcessHandle.current().pid()
                        && owner.get().info().command().orElse("").endsWith("java")) {
                    throw new IllegalStateException(
                            "Another JVM (pid " + owner.get().pid() + ") is running Keycloak "
                                    + "from " + dist + " (pid " + pid + "). Run one test JVM per module at a time "
                                    + "(surefire forkCount=1, the default).");
                }
                System.out.println("[RealKeycloak] stopping a Keycloak left over from an earlier test run, pid " + pid);
                stopTree(handle.get());
            }
            Files.deleteIfExists(pidFile);
        } catch (IOException | NumberFormatException e) {
            // stale or unreadable pid file: ignore
        }
    }

    private static void writePidFile(Path pidFile, long pid) {
        try {
            Files.writeString(pidFile, Long.toString(pid));
        } catch (IOException e) {
            // only a convenience
        }
    }

    private static void stopProcess(Process process, Path pidFile) {
        stopTree(process.toHandle());
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // ignore
        }
    }

    private static boolean runsFrom(ProcessHandle h, Path dist) {
        if (h.info().commandLine().orElse("").contains(dist.toString())) {
            return true;
        }
        for (Iterator<ProcessHandle> it = h.descendants().iterator(); it.hasNext(); ) {
            if (it.next().info().commandLine().orElse("").contains(dist.toString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SIGTERM to kc.sh and its children (kc.sh forwards it to Keycloak's JVM), then SIGKILL after 20 s.
     * Plain loops, no lambdas: this runs in a shutdown hook, when Quarkus may have closed the class loader.
     */
    private static void stopTree(ProcessHandle root) {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(root);
        for (Iterator<ProcessHandle> it = root.descendants().iterator(); it.hasNext(); ) {
            all.add(it.next());
        }
        for (ProcessHandle h : all) {
            h.destroy();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        for (ProcessHandle h : all) {
            while (h.isAlive() && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (h.isAlive()) {
                h.destroyForcibly();
            }
        }
    }

    static boolean isAlive(String pid) {
        if (pid == null) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(pid))
                    .map(ProcessHandle::isAlive)
                    .orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + dir, e);
        }
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(could not read " + file + ": " + e + ")";
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }
}
