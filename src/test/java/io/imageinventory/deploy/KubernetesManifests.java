package io.imageinventory.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resources of a kustomization as plain maps, as {@code kubectl apply -k} would send them, with the
 * entries of its ConfigMap and Secret generators. Only what the tests need: resource files and
 * generator literals or env files, no overlays or patches.
 */
final class KubernetesManifests {

    private final List<Map<String, Object>> resources = new ArrayList<>();

    private final Map<String, Map<String, String>> generated = new LinkedHashMap<>();

    private KubernetesManifests() {
    }

    static KubernetesManifests load(Path directory) {
        KubernetesManifests manifests = new KubernetesManifests();
        Map<String, Object> kustomization = readAll(directory.resolve("kustomization.yaml")).get(0);
        for (Object resource : list(kustomization, "resources")) {
            manifests.resources.addAll(readAll(directory.resolve((String) resource)));
        }
        for (String generator : List.of("configMapGenerator", "secretGenerator")) {
            for (Object each : list(kustomization, generator)) {
                Map<String, Object> spec = map(each);
                Map<String, String> entries = new LinkedHashMap<>();
                for (Object literal : list(spec, "literals")) {
                    putEntry(entries, (String) literal);
                }
                for (Object envs : list(spec, "envs")) {
                    for (String line : lines(directory.resolve((String) envs))) {
                        if (!line.isBlank() && !line.startsWith("#")) {
                            putEntry(entries, line);
                        }
                    }
                }
                manifests.generated.put((String) spec.get("name"), entries);
            }
        }
        return manifests;
    }

    /** The one resource of that kind. */
    Map<String, Object> only(String kind) {
        List<Map<String, Object>> ofKind = resources.stream().filter(resource -> kind.equals(resource.get("kind"))).toList();
        assertThat(ofKind).as("resources of kind %s", kind).hasSize(1);
        return ofKind.get(0);
    }

    /** The entries of the ConfigMap or Secret a generator of that name makes. */
    Map<String, String> generated(String name) {
        assertThat(generated).as("generated ConfigMaps and Secrets").containsKey(name);
        return generated.get(name);
    }

    /** The value at that path of keys, which must be there. */
    static Object at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            assertThat(current).as("parent of %s", key).isInstanceOf(Map.class);
            current = ((Map<?, ?>) current).get(key);
            assertThat(current).as(String.join(".", path)).isNotNull();
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String... path) {
        return (Map<String, Object>) at(node, path);
    }

    /** The list under that key, empty when it is absent. */
    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> node, String key) {
        Object value = node.get(key);
        return (value == null) ? List.of() : (List<Object>) value;
    }

    private static void putEntry(Map<String, String> entries, String line) {
        int equals = line.indexOf('=');
        assertThat(equals).as("KEY=value: %s", line).isPositive();
        entries.put(line.substring(0, equals), line.substring(equals + 1));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> readAll(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            List<Map<String, Object>> documents = new ArrayList<>();
            for (Object document : new Yaml().loadAll(reader)) {
                documents.add((Map<String, Object>) Objects.requireNonNull(document, file.toString()));
            }
            return documents;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
