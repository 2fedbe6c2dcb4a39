package io.imageinventory.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static io.imageinventory.deploy.KubernetesManifests.at;
import static io.imageinventory.deploy.KubernetesManifests.list;
import static io.imageinventory.deploy.KubernetesManifests.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code deploy/kubernetes} against the application it deploys and the image it runs: probes that answer,
 * ports the application listens on, environment variables that set real settings, the Dockerfile's
 * user, and a Prometheus that may scrape the metrics where it is told to. The application runs with the actuator on a port
 * of its own, as the ConfigMap sets it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "management.server.port=0", "management.prometheus.metrics.export.enabled=true" })
class KubernetesManifestsTests {

    private static final Path DIRECTORY = Path.of("deploy/kubernetes");

    private static final KubernetesManifests manifests = KubernetesManifests.load(DIRECTORY);

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int serverPort;

    @LocalManagementPort
    private int managementPort;

    @Autowired
    private ApplicationContext context;

    @Test
    void shouldAnswerEveryProbeOfTheDeploymentOnThePortItNames() throws IOException, InterruptedException {
        Map<String, Object> container = container();
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            Map<String, Object> httpGet = map(container, probe, "httpGet");
            int port = runningPort(containerPort(at(httpGet, "port")));
            String path = (String) at(httpGet, "path");

            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as("%s %s", probe, path).isEqualTo(200);
        }
    }

    @Test
    void shouldOpenTheContainerPortsTheApplicationListensOn() {
        Map<String, String> settings = settings();

        assertThat(settings).doesNotContainKey("SERVER_PORT");
        assertThat(containerPort("http")).isEqualTo(Integer.parseInt(known().defaultValue("server.port")));
        assertThat(containerPort("management")).isEqualTo(Integer.parseInt(settings.get("MANAGEMENT_SERVER_PORT")));
    }

    @Test
    void shouldSetOnlySettingsThatExist() {
        KnownSettings known = known();
        Map<String, String> variables = new LinkedHashMap<>(settings());
        for (Object each : list(container(), "env")) {
            Map<String, Object> variable = map(each);
            variables.put((String) variable.get("name"), (variable.get("value") != null) ? (String) variable.get("value")
                    : secret(map(variable, "valueFrom", "secretKeyRef")));
        }

        assertThat(variables).containsKeys("MANAGEMENT_SERVER_PORT",
                "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_SSO_CLIENTSECRET");
        assertThat(variables).allSatisfy((name, value) -> assertThat(known.binds(name, value))
                .as("%s sets a property of the application", name).isTrue());
    }

    @Test
    void shouldTellMisspelledSettingsFromRealOnes() {
        KnownSettings known = known();

        assertThat(known.binds("INVENTORY_REFRESHINTERVAL", "5m")).isTrue();
        assertThat(known.binds("INVENTORY_REFRESH_INTERVAL", "5m")).as("Boot's legacy form").isTrue();
        assertThat(known.binds("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_SSO_CLIENTID", "x")).isTrue();
        assertThat(known.binds("INVENTORY_ACCOUNTS_0_ROLEARN", "arn:aws:iam::111122223333:role/Reader")).isTrue();
        assertThat(known.binds("INVENTORY_REFRESHINTERVALL", "5m")).isFalse();
        assertThat(known.binds("INVENTORY_REGION", "us-east-1")).isFalse();
        assertThat(known.binds("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_SSO_CLIENTSECRT", "x")).isFalse();
        assertThat(known.binds("INVENTORY_ACCOUNTS_0_ROLE", "arn:aws:iam::111122223333:role/Reader")).isFalse();
        assertThat(known.binds("MANAGEMENT_SERVER_PROT", "8081")).isFalse();
    }

    @Test
    void shouldTakeTheSettingsAndTheClientSecretFromWhatKustomizeGenerates() {
        Map<String, Object> container = container();

        assertThat(list(container, "envFrom")).extracting(source -> at(source, "configMapRef", "name"))
                .containsExactly("image-inventory");
        assertThat(list(container, "env")).allSatisfy(variable -> assertThat(secret(map(variable, "valueFrom", "secretKeyRef")))
                .isNotBlank());
    }

    @Test
    void shouldRunAsTheDockerfileUserOnAReadOnlyRootWithAWritableTemporaryDirectory() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        Matcher user = Pattern.compile("(?m)^USER (\\d+):(\\d+)$").matcher(dockerfile);
        assertThat(user.find()).as("USER uid:gid in the Dockerfile").isTrue();
        Map<String, Object> pod = map(manifests.only("Deployment"), "spec", "template", "spec");
        Map<String, Object> security = new LinkedHashMap<>(map(pod, "securityContext"));
        security.putAll(map(container(), "securityContext"));

        assertThat(security).containsEntry("runAsUser", Integer.parseInt(user.group(1)))
                .containsEntry("runAsGroup", Integer.parseInt(user.group(2)))
                .containsEntry("runAsNonRoot", true)
                .containsEntry("readOnlyRootFilesystem", true)
                .containsEntry("allowPrivilegeEscalation", false);
        assertThat(at(security, "capabilities", "drop")).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly("ALL");
        Matcher volume = Pattern.compile("(?m)^VOLUME (\\S+)$").matcher(dockerfile);
        assertThat(volume.find()).as("VOLUME in the Dockerfile").isTrue();
        assertThat(list(container(), "volumeMounts")).extracting(mount -> at(mount, "mountPath"))
                .contains(volume.group(1));
    }

    @Test
    void shouldRunWithTheServiceAccountThatCarriesTheAwsRole() {
        Map<String, Object> account = manifests.only("ServiceAccount");

        assertThat(at(manifests.only("Deployment"), "spec", "template", "spec", "serviceAccountName"))
                .isEqualTo(at(account, "metadata", "name"));
        assertThat((String) at(account, "metadata", "annotations", "eks.amazonaws.com/role-arn"))
                .matches("arn:aws:iam::\\d{12}:role/.+");
    }

    @Test
    void shouldServeTheWebPortOnPort80AndTheManagementPortToPrometheusOnly() {
        Map<String, Object> service = manifests.only("Service");
        Map<String, Object> podLabels = map(manifests.only("Deployment"), "spec", "template", "metadata", "labels");

        assertThat(podLabels).containsAllEntriesOf(map(service, "spec", "selector"));
        assertThat(servicePort("http")).containsEntry("port", 80);
        assertThat(containerPort(at(servicePort("http"), "targetPort"))).isEqualTo(containerPort("http"));
        assertThat(containerPort(at(servicePort("management"), "targetPort"))).isEqualTo(containerPort("management"));

        Map<String, Object> policy = manifests.only("NetworkPolicy");
        assertThat(podLabels).containsAllEntriesOf(map(policy, "spec", "podSelector", "matchLabels"));
        for (Object each : list(map(policy, "spec"), "ingress")) {
            Map<String, Object> rule = map(each);
            List<Integer> ports = list(rule, "ports").stream().map(port -> containerPort(at(port, "port"))).toList();
            if (rule.get("from") == null) {
                assertThat(ports).as("ports open to anyone").containsExactly(containerPort("http"));
            }
            else {
                assertThat(ports).as("ports open to Prometheus").containsExactly(containerPort("management"));
                assertThat(list(rule, "from")).singleElement().satisfies(peer -> {
                    assertThat(at(peer, "namespaceSelector")).as("any namespace").isEqualTo(Map.of());
                    assertThat(map(peer, "podSelector", "matchLabels")).containsEntry("app.kubernetes.io/name", "prometheus");
                });
            }
        }
    }

    @Test
    void shouldLetPrometheusScrapeTheMetricsOnThePortAndPathItIsGiven() throws IOException, InterruptedException {
        Map<String, Object> monitor = manifests.only("ServiceMonitor");
        List<Object> endpoints = list(map(monitor, "spec"), "endpoints");
        assertThat(endpoints).hasSize(1);
        Map<String, Object> endpoint = map(endpoints.get(0));
        int port = runningPort(containerPort(at(servicePort((String) at(endpoint, "port")), "targetPort")));

        HttpResponse<String> scrape = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + at(endpoint, "path"))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(map(manifests.only("Service"), "metadata", "labels"))
                .containsAllEntriesOf(map(monitor, "spec", "selector", "matchLabels"));
        assertThat(port).as("the management port").isEqualTo(managementPort);
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).as("Prometheus text").contains("# TYPE ");
    }

    private KnownSettings known() {
        return KnownSettings.of(context);
    }

    /** The value of a generated Secret's key that a {@code secretKeyRef} names, which must be there. */
    private static String secret(Map<String, Object> secretKeyRef) {
        Map<String, String> secret = manifests.generated((String) at(secretKeyRef, "name"));
        assertThat(secret).containsKey((String) at(secretKeyRef, "key"));
        return secret.get((String) at(secretKeyRef, "key"));
    }

    private static Map<String, String> settings() {
        return manifests.generated("image-inventory");
    }

    private static Map<String, Object> container() {
        List<Object> containers = list(map(manifests.only("Deployment"), "spec", "template", "spec"), "containers");
        assertThat(containers).hasSize(1);
        return map(containers.get(0));
    }

    /** The container's port with that name, or that number when it is one of the container's. */
    private static int containerPort(Object nameOrNumber) {
        for (Object each : list(container(), "ports")) {
            Map<String, Object> port = map(each);
            if (nameOrNumber.equals(port.get("name")) || nameOrNumber.equals(port.get("containerPort"))) {
                return (Integer) port.get("containerPort");
            }
        }
        throw new AssertionError("No container port " + nameOrNumber);
    }

    private static Map<String, Object> servicePort(String name) {
        return list(map(manifests.only("Service"), "spec"), "ports").stream().map(KubernetesManifests::map)
                .filter(port -> name.equals(port.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("No Service port " + name));
    }

    /** Where this test's application listens for what the container listens for on that port. */
    private int runningPort(int containerPort) {
        if (containerPort == containerPort("http")) {
            return serverPort;
        }
        assertThat(containerPort).isEqualTo(containerPort("management"));
        return managementPort;
    }

}
