package org.ascend.k8s;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

/**
 * An overlay as {@code kubectl kustomize} renders it (offline: Kustomize is built into kubectl), each document read
 * into the typed model of its kind: Kubernetes' own from fabric8's models, Strimzi's from its api artifact.
 */
record RenderedOverlay(String name, List<HasMetadata> resources) {

    static final Path K8S = Path.of(".").toAbsolutePath().normalize();
    /** The Strimzi API version the manifests use (v1beta2 is deprecated from Strimzi 0.49). */
    static final String STRIMZI = "kafka.strimzi.io/v1";
    private static final KubernetesSerialization MODELS = new KubernetesSerialization();

    static {
        MODELS.registerKubernetesResource(STRIMZI, "Kafka", Kafka.class);
        MODELS.registerKubernetesResource(STRIMZI, "KafkaNodePool", KafkaNodePool.class);
        MODELS.registerKubernetesResource(STRIMZI, "KafkaTopic", KafkaTopic.class);
        MODELS.registerKubernetesResource(STRIMZI, "KafkaUser", KafkaUser.class);
    }

    static RenderedOverlay of(String overlay) {
        String yaml = kustomize(K8S.resolve("overlays").resolve(overlay));
        List<HasMetadata> resources = Arrays.stream(yaml.split("(?m)^---$"))
                .filter(document -> !document.isBlank())
                .map(document -> (HasMetadata) MODELS.unmarshal(document))
                .toList();
        return new RenderedOverlay(overlay, resources);
    }

    <T extends HasMetadata> List<T> all(Class<T> kind) {
        return resources.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    private static String kustomize(Path directory) {
        try {
            Path output = Files.createTempFile("kustomize", ".yaml");
            Process process;
            try {
                process = new ProcessBuilder("kubectl", "kustomize", directory.toString())
                        .redirectOutput(output.toFile()).redirectErrorStream(false)
                        .redirectError(ProcessBuilder.Redirect.INHERIT).redirectInput(new File("/dev/null")).start();
            } catch (IOException e) {
                throw new IllegalStateException("kubectl is needed to render the overlays (its built-in Kustomize, offline):"
                        + " install kubectl 1.27 or newer", e);
            }
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + directory + " failed: see the output above");
            }
            String rendered = Files.readString(output);
            Files.delete(output);
            return rendered;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
