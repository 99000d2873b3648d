package org.ascend.k8s;

import java.util.List;
import java.util.Set;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every overlay renders, and each of its manifests is valid against its kind's schema (Kubernetes' and Strimzi's, as
 * typed models from Maven Central: no URL is fetched), with no field the schema does not know. Then what ops rely on:
 * each service hardened and probed, with a disruption budget and an autoscaler, and nothing reachable that the
 * NetworkPolicies do not let through.
 */
class KubernetesManifestsTest {

    private static final Set<String> SERVICES = Set.of("recruitment-service", "assessment-service", "cohort-service",
            "reporting-service", "gateway");

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyManifestIsValidAgainstItsSchema(String overlay) {
        var rendered = RenderedOverlay.of(overlay);
        assertThat(rendered.resources()).hasSizeGreaterThan(30);
        for (HasMetadata resource : rendered.resources()) {
            String name = resource.getKind() + "/" + resource.getMetadata().getName();
            assertThat(resource).as(name + " has a known schema").isNotInstanceOf(GenericKubernetesResource.class);
            assertThat(UnknownFields.in(resource)).as(name + ": fields its schema does not have").isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyServiceRunsHardenedProbedAndScaled(String overlay) {
        var rendered = RenderedOverlay.of(overlay);
        var deployments = rendered.all(Deployment.class).stream()
                .filter(deployment -> SERVICES.contains(deployment.getMetadata().getName())).toList();
        assertThat(deployments).extracting(d -> d.getMetadata().getName()).containsExactlyInAnyOrderElementsOf(SERVICES);
        for (Deployment deployment : deployments) {
            String name = deployment.getMetadata().getName();
            var pod = deployment.getSpec().getTemplate().getSpec();
            Container app = pod.getContainers().get(0);
            assertThat(app.getImage()).startsWith("ascend/" + name + ":");
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name + " non-root").isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(10001L);
            assertThat(pod.getAutomountServiceAccountToken()).isFalse();
            assertThat(app.getSecurityContext().getReadOnlyRootFilesystem()).as(name + " read-only root").isTrue();
            assertThat(app.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
            assertThat(app.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
            assertThat(app.getStartupProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
            assertThat(app.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
            assertThat(app.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
            assertThat(app.getResources().getRequests()).containsKeys("cpu", "memory");
            assertThat(app.getResources().getLimits()).containsKey("memory");
            // Probes on the port actuator listens on: the service's own, the gateway's management port.
            String actuatorPort = name.equals("gateway") ? "management" : "http";
            assertThat(app.getPorts()).extracting(port -> port.getName()).contains(actuatorPort);
            assertThat(List.of(app.getStartupProbe(), app.getLivenessProbe(), app.getReadinessProbe()))
                    .allMatch(probe -> probe.getHttpGet().getPort().getStrVal().equals(actuatorPort));
            assertThat(rendered.all(PodDisruptionBudget.class)).as(name + " disruption budget")
                    .anyMatch(pdb -> pdb.getSpec().getSelector().getMatchLabels().get("app.kubernetes.io/name").equals(name));
            assertThat(rendered.all(HorizontalPodAutoscaler.class)).as(name + " autoscaler")
                    .anyMatch(hpa -> hpa.getSpec().getScaleTargetRef().getName().equals(name));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void onlyTheGatewayAndTheSignInAreReachableFromOutside(String overlay) {
        List<NetworkPolicy> policies = RenderedOverlay.of(overlay).all(NetworkPolicy.class);
        assertThat(policies).as("a default deny for every pod")
                .anyMatch(policy -> policy.getSpec().getPodSelector().getMatchLabels().isEmpty()
                        && policy.getSpec().getPodSelector().getMatchExpressions().isEmpty()
                        && policy.getSpec().getIngress().isEmpty());
        var openToAll = policies.stream()
                .filter(policy -> policy.getSpec().getIngress().stream().anyMatch(rule -> rule.getFrom().isEmpty()))
                .map(policy -> policy.getSpec().getPodSelector().getMatchLabels().get("app.kubernetes.io/name"))
                .toList();
        assertThat(openToAll).as("pods any client may reach")
                .isSubsetOf("gateway", "identity").contains("gateway");
        var servicesFromGateway = policies.stream().filter(p -> p.getMetadata().getName().equals("services-from-gateway")).findFirst().orElseThrow();
        assertThat(servicesFromGateway.getSpec().getIngress().get(0).getFrom().get(0).getPodSelector().getMatchLabels())
                .containsEntry("app.kubernetes.io/name", "gateway");
    }
}
