package dev.beacon.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads target/kubernetes/kubernetes.yml of every runnable module, as quarkus-kubernetes wrote it at `package`, and
 * checks what a cluster needs from it: probes on /q/health, resources, the shared ConfigMap, secrets as Secret
 * references (never values), and autoscalers for the two modules that take the public traffic.
 */
class KubernetesManifestsIT {

    static final Path ROOT = Path.of(System.getProperty("beacon.deploy.root", ".."));

    /** Environment variables each module must take from its Secret (name of the Secret, then variable → key). */
    static final Map<String, Map<String, String>> SECRET_REFS = Map.of(
            "api",
            Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", "beacon-db/jdbc-url",
                    "QUARKUS_DATASOURCE_USERNAME", "beacon-db/username",
                    "QUARKUS_DATASOURCE_PASSWORD", "beacon-db/password",
                    "BEACON_PREVIEW_SECRET", "beacon-api/preview-secret"),
            "channel-web",
            Map.of(
                    "BEACON_WEB_SESSION_SECRET", "beacon-channel-web/session-secret",
                    "BEACON_CLIENT_ID", "beacon-channel-web/client-id",
                    "BEACON_CLIENT_SECRET", "beacon-channel-web/client-secret"),
            "channel-messenger",
            Map.of(
                    "BEACON_MESSENGER_APP_SECRET", "beacon-channel-messenger/app-secret",
                    "BEACON_MESSENGER_VERIFY_TOKEN", "beacon-channel-messenger/verify-token",
                    "BEACON_MESSENGER_PAGES", "beacon-channel-messenger/pages",
                    "BEACON_CONVERSATION_PAYLOAD_KEY", "beacon-channel-messenger/payload-key",
                    "BEACON_CLIENT_SECRET", "beacon-channel-messenger/client-secret"),
            "channel-whatsapp",
            Map.of(
                    "BEACON_WHATSAPP_APP_SECRET", "beacon-channel-whatsapp/app-secret",
                    "BEACON_WHATSAPP_VERIFY_TOKEN", "beacon-channel-whatsapp/verify-token",
                    "BEACON_WHATSAPP_NUMBERS", "beacon-channel-whatsapp/numbers",
                    "BEACON_CONVERSATION_PAYLOAD_KEY", "beacon-channel-whatsapp/payload-key",
                    "BEACON_CLIENT_SECRET", "beacon-channel-whatsapp/client-secret"),
            "channel-telegram",
            Map.of(
                    "BEACON_TELEGRAM_BOT_TOKEN", "beacon-channel-telegram/bot-token",
                    "BEACON_TELEGRAM_SECRET_TOKEN", "beacon-channel-telegram/secret-token",
                    "BEACON_CONVERSATION_PAYLOAD_KEY", "beacon-channel-telegram/payload-key",
                    "BEACON_CLIENT_SECRET", "beacon-channel-telegram/client-secret"),
            "channel-ussd",
            Map.of(
                    "BEACON_USSD_PATH_SECRET", "beacon-channel-ussd/path-secret",
                    "BEACON_CONVERSATION_PAYLOAD_KEY", "beacon-channel-ussd/payload-key",
                    "BEACON_CLIENT_SECRET", "beacon-channel-ussd/client-secret"),
            "admin",
            Map.of(
                    "BEACON_ADMIN_SESSION_SECRET", "beacon-admin/session-secret",
                    "BEACON_ADMIN_CLIENT_SECRET", "beacon-admin/client-secret"));

    /** The runnable modules: every one has a Secret in {@link #SECRET_REFS}. */
    static Stream<String> modules() {
        return SECRET_REFS.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("modules")
    void everyModuleHasADeploymentWithProbesResourcesAndAService(String module) throws IOException {
        List<Map<String, Object>> docs = manifests(module);
        String name = "beacon-" + module;
        Map<String, Object> container = container(one(docs, "Deployment", name));

        assertEquals("/q/health/ready", at(container, "readinessProbe", "httpGet", "path"), name);
        assertEquals("/q/health/live", at(container, "livenessProbe", "httpGet", "path"), name);
        assertEquals("/q/health/started", at(container, "startupProbe", "httpGet", "path"), name);
        assertNotNull(at(container, "resources", "limits", "memory"), name + " has no memory limit");
        assertNotNull(at(container, "resources", "requests", "memory"), name + " has no memory request");
        assertNotNull(at(container, "resources", "requests", "cpu"), name + " has no CPU request");
        assertTrue(
                String.valueOf(env(container).get("JAVA_OPTS_APPEND")).contains("-Xmx"),
                name + " has no heap limit in JAVA_OPTS_APPEND");

        List<Map<String, Object>> envFrom = list(container.get("envFrom"));
        assertTrue(
                envFrom.stream().anyMatch(e -> "beacon-config".equals(at(e, "configMapRef", "name"))),
                name + " does not read the ConfigMap beacon-config");

        Map<String, Object> service = one(docs, "Service", name);
        Object containerPort = at(list(container.get("ports")).get(0), "containerPort");
        assertEquals(containerPort, at(list(at(service, "spec", "ports")).get(0), "targetPort"), name);
    }

    @ParameterizedTest
    @MethodSource("modules")
    void secretsComeFromSecretReferencesNeverFromValues(String module) throws IOException {
        Map<String, Object> container = container(one(manifests(module), "Deployment", "beacon-" + module));
        Map<String, String> refs = secretRefs(container);
        SECRET_REFS.get(module).forEach((variable, ref) -> assertEquals(ref, refs.get(variable), variable));
        Set<String> plain = env(container).keySet();
        for (String variable : SECRET_REFS.get(module).keySet()) {
            assertFalse(plain.contains(variable), variable + " is given as a value");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"api", "channel-web"})
    void thePublicFacingModulesScaleOnCpu(String module) throws IOException {
        List<Map<String, Object>> docs = manifests(module);
        String name = "beacon-" + module;
        Map<String, Object> hpa = one(docs, "HorizontalPodAutoscaler", name);
        assertEquals("autoscaling/v2", hpa.get("apiVersion"));
        assertEquals("Deployment", at(hpa, "spec", "scaleTargetRef", "kind"));
        assertEquals(name, at(hpa, "spec", "scaleTargetRef", "name"));
        assertTrue(((Number) at(hpa, "spec", "minReplicas")).intValue() >= 2, "at least two replicas");
        assertEquals("cpu", at(list(at(hpa, "spec", "metrics")).get(0), "resource", "name"));
        // utilisation is measured against the request: without one the autoscaler has nothing to divide by
        assertNotNull(at(container(one(docs, "Deployment", name)), "resources", "requests", "cpu"));
    }

    @Test
    void migrationsRunOnceInAJobNotInEveryReplica() throws IOException {
        List<Map<String, Object>> docs = manifests("api");
        Map<String, Object> api = container(one(docs, "Deployment", "beacon-api"));
        assertEquals("false", env(api).get("QUARKUS_FLYWAY_ACTIVE"));
        Map<String, Object> job = one(docs, "Job", "beacon-api-flyway-init");
        Map<String, Object> migrator =
                list(at(job, "spec", "template", "spec", "containers")).get(0);
        assertEquals("true", env(migrator).get("QUARKUS_FLYWAY_ACTIVE"));
        assertEquals("beacon-db/password", secretRefs(migrator).get("QUARKUS_DATASOURCE_PASSWORD"));
        assertEquals("false", env(api).get("BEACON_EMBEDDED_DB_ENABLED"));
    }

    @Test
    void theApiRunsWithTheJvmSettingsTheBenchmarkMeasured() throws IOException {
        // bench/run.sh starts its "recommended" Beacon with this file's options: the manifest must say the same
        String measured =
                Files.readString(ROOT.resolve("deploy/api-jvm.options")).trim();
        Map<String, Object> api = container(one(manifests("api"), "Deployment", "beacon-api"));
        assertEquals(
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager " + measured,
                env(api).get("JAVA_OPTS_APPEND"));
    }

    // ---- reading the manifests

    static List<Map<String, Object>> manifests(String module) throws IOException {
        Path file = ROOT.resolve(module).resolve("target/kubernetes/kubernetes.yml");
        assertTrue(Files.isRegularFile(file), file + " missing: `./mvnw package` writes it");
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : new Yaml(new LoaderOptions()).loadAll(Files.readString(file))) {
            if (doc != null) {
                docs.add(map(doc));
            }
        }
        return docs;
    }

    static Map<String, Object> one(List<Map<String, Object>> docs, String kind, String name) {
        List<Map<String, Object>> found = docs.stream()
                .filter(d -> kind.equals(d.get("kind")) && name.equals(at(d, "metadata", "name")))
                .toList();
        assertEquals(1, found.size(), "one " + kind + " named " + name);
        return found.get(0);
    }

    static Map<String, Object> container(Map<String, Object> deployment) {
        List<Map<String, Object>> containers = list(at(deployment, "spec", "template", "spec", "containers"));
        assertEquals(1, containers.size());
        return containers.get(0);
    }

    /** Plain-valued environment variables. */
    static Map<String, String> env(Map<String, Object> container) {
        return list(container.get("env")).stream()
                .filter(e -> e.containsKey("value"))
                .collect(Collectors.toMap(e -> (String) e.get("name"), e -> String.valueOf(e.get("value"))));
    }

    /** Variables taken from a Secret, as "secret/key". */
    static Map<String, String> secretRefs(Map<String, Object> container) {
        return list(container.get("env")).stream()
                .filter(e -> at(e, "valueFrom", "secretKeyRef") != null)
                .collect(Collectors.toMap(
                        e -> (String) e.get("name"),
                        e -> at(e, "valueFrom", "secretKeyRef", "name") + "/"
                                + at(e, "valueFrom", "secretKeyRef", "key")));
    }

    static Object at(Object node, String... path) {
        Object current = node;
        for (String step : path) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(step);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object node) {
        return node == null ? List.of() : (List<Map<String, Object>>) node;
    }
}
