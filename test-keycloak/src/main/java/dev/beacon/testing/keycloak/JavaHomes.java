package dev.beacon.testing.keycloak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Finds a JDK for Keycloak, which needs Java 21+. The search order: env {@code BEACON_KEYCLOAK_JAVA_HOME}, env
 * {@code JAVA_HOME} (if ≥ 21), the JVM running the tests (if ≥ 21), then {@code /usr/lib/jvm/*}, {@code /usr/java/*},
 * {@code /opt/java/*}, {@code /opt/*}, {@code ~/.sdkman/candidates/java/*}, {@code ~/.jdks/*} and
 * {@code /Library/Java/JavaVirtualMachines/*&#47;Contents/Home} (lowest version ≥ 21 wins), each judged by its
 * {@code release} file's {@code JAVA_VERSION}.
 */
public final class JavaHomes {

    public static final int MIN_JAVA = 21;

    private JavaHomes() {}

    /** The JDK Keycloak runs with (see the class comment for the search order). */
    public static Path findJavaHome() {
        List<String> searched = new ArrayList<>();

        String explicit = System.getenv("BEACON_KEYCLOAK_JAVA_HOME");
        if (explicit != null && !explicit.isBlank()) {
            Path home = Path.of(explicit);
            int version = javaMajor(home);
            if (version >= MIN_JAVA && isJdk(home)) {
                return home;
            }
            throw new IllegalStateException("BEACON_KEYCLOAK_JAVA_HOME=" + explicit + " is not a Java "
                    + MIN_JAVA + "+ installation (found version " + (version < 0 ? "none" : version)
                    + " from its release file, java executable " + (isJdk(home) ? "present" : "missing") + ")");
        }
        searched.add("env BEACON_KEYCLOAK_JAVA_HOME (unset)");

        String javaHomeEnv = System.getenv("JAVA_HOME");
        if (javaHomeEnv != null && !javaHomeEnv.isBlank()) {
            Path home = Path.of(javaHomeEnv);
            if (javaMajor(home) >= MIN_JAVA && isJdk(home)) {
                return home;
            }
            searched.add("env JAVA_HOME=" + javaHomeEnv + " (version " + javaMajor(home) + ")");
        } else {
            searched.add("env JAVA_HOME (unset)");
        }

        Path running = Path.of(System.getProperty("java.home"));
        if (Runtime.version().feature() >= MIN_JAVA && isJdk(running)) {
            return running;
        }
        searched.add(
                "the test JVM " + running + " (version " + Runtime.version().feature() + ")");

        String userHome = System.getProperty("user.home", "");
        List<Path> roots = List.of(
                Path.of("/usr/lib/jvm"),
                Path.of("/usr/java"),
                Path.of("/opt/java"),
                Path.of("/opt"),
                Path.of(userHome, ".sdkman/candidates/java"),
                Path.of(userHome, ".jdks"),
                Path.of("/Library/Java/JavaVirtualMachines"));
        List<Map.Entry<Integer, Path>> found = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            searched.add(root + "/*");
            try (Stream<Path> children = Files.list(root)) {
                children.sorted().forEach(child -> {
                    for (Path home : List.of(child, child.resolve("Contents/Home"))) {
                        int v = javaMajor(home);
                        if (v >= MIN_JAVA && isJdk(home)) {
                            found.add(Map.entry(v, home));
                            break;
                        }
                    }
                });
            } catch (IOException e) {
                // unreadable folder: skip
            }
        }
        Optional<Path> best =
                found.stream().min(Comparator.comparingInt(Map.Entry::getKey)).map(Map.Entry::getValue);
        return best.orElseThrow(() -> new IllegalStateException("Keycloak " + RealKeycloak.KEYCLOAK_VERSION
                + " needs Java "
                + MIN_JAVA + "+, and none was found. Searched: " + String.join("; ", searched)
                + " (a JDK counts when its `release` file has JAVA_VERSION >= " + MIN_JAVA + " and bin/java exists)."
                + " Install a JDK 21 or 25 (e.g. Temurin) or set BEACON_KEYCLOAK_JAVA_HOME to its folder."));
    }

    /** Major Java version from {@code <home>/release}'s JAVA_VERSION, or -1. */
    static int javaMajor(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return -1;
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(release, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return -1;
        }
        String v = p.getProperty("JAVA_VERSION");
        if (v == null) {
            return -1;
        }
        v = v.replace("\"", "").trim();
        if (v.startsWith("1.")) {
            v = v.substring(2);
        }
        String major = v.split("[^0-9]", 2)[0];
        try {
            return major.isEmpty() ? -1 : Integer.parseInt(major);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isJdk(Path home) {
        return Files.isExecutable(home.resolve("bin/java"));
    }
}
