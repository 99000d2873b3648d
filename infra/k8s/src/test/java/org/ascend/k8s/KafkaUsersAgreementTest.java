package org.ascend.k8s;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleClusterResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleType;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.ascend.kafka.tools.KafkaAcls;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Strimzi KafkaUsers grant exactly what KafkaAcls grants, the one source the local stack and compose apply. */
class KafkaUsersAgreementTest {

    @Test
    void theKafkaUsersAclsEqualKafkaAcls() {
        for (String overlay : List.of("local", "production")) {
            Set<AclBinding> granted = new HashSet<>();
            for (KafkaUser user : RenderedOverlay.of(overlay).all(KafkaUser.class)) {
                var authorization = (KafkaUserAuthorizationSimple) user.getSpec().getAuthorization();
                authorization.getAcls().forEach(rule -> rule.getOperations().forEach(operation ->
                        granted.add(binding(user.getMetadata().getName(), rule, operation.name()))));
            }
            Set<AclBinding> expected = new HashSet<>(KafkaAcls.bindings());
            assertThat(granted).as(overlay + ": in the KafkaUsers, not in KafkaAcls").isSubsetOf(expected);
            assertThat(expected).as(overlay + ": in KafkaAcls, not in the KafkaUsers").isSubsetOf(granted);
        }
    }

    private static AclBinding binding(String user, AclRule rule, String operation) {
        ResourcePattern pattern;
        if (rule.getResource() instanceof AclRuleTopicResource topic) {
            pattern = new ResourcePattern(ResourceType.TOPIC, topic.getName(), pattern(topic.getPatternType().name()));
        } else if (rule.getResource() instanceof AclRuleGroupResource group) {
            pattern = new ResourcePattern(ResourceType.GROUP, group.getName(), pattern(group.getPatternType().name()));
        } else if (rule.getResource() instanceof AclRuleClusterResource) {
            pattern = new ResourcePattern(ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL);
        } else {
            throw new AssertionError("a resource type KafkaAcls never grants: " + rule.getResource());
        }
        var permission = rule.getType() == AclRuleType.DENY ? AclPermissionType.DENY : AclPermissionType.ALLOW;
        return new AclBinding(pattern, new AccessControlEntry("User:" + user, rule.getHost() == null ? "*" : rule.getHost(),
                operation(operation), permission));
    }

    /** Strimzi spells IdempotentWrite as one word (IDEMPOTENTWRITE), Kafka with an underscore. */
    private static AclOperation operation(String strimzi) {
        return java.util.Arrays.stream(AclOperation.values())
                .filter(operation -> operation.name().replace("_", "").equalsIgnoreCase(strimzi))
                .findFirst().orElseThrow(() -> new AssertionError("no Kafka operation " + strimzi));
    }

    private static PatternType pattern(String strimzi) {
        return strimzi.equalsIgnoreCase("prefix") ? PatternType.PREFIXED : PatternType.LITERAL;
    }
}
