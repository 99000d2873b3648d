package org.ascend.kafka.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Who may do what on Ascend's topics (docs/events.md): one place, applied to any cluster with
 * {@code KafkaTools acls}.
 * <ul>
 * <li>each service creates and writes only its own topics ({@code ascend.<service>.}) and its dead letters;</li>
 * <li>services and regional systems read public topics ({@code ascend.}) but never a restricted one;</li>
 * <li>a restricted topic has one reader: reporting-service the equality topic, assessment-service the
 * employers topic (conflict-of-interest checks), cohort-service the offeree topic (who an offer is for).</li>
 * </ul>
 */
public final class KafkaAcls {

    public static final String REGIONAL_SYSTEM = "regional-system";
    public static final String REPORTING = "reporting-service";
    public static final String ASSESSMENT = "assessment-service";
    public static final String COHORT = "cohort-service";
    /**
     * Restricted topics and their one reader: equality monitoring for aggregate reporting (docs/domain.md §2,
     * docs/events.md), applicants' employers for the assessment allocator, offerees' sign-in subjects for cohort.
     */
    public static final Map<String, String> RESTRICTED_READERS = Map.of(
            "ascend.recruitment.equality.v1", REPORTING,
            "ascend.recruitment.conflict.v1", ASSESSMENT,
            "ascend.recruitment.offeree.v1", COHORT);
    public static final List<String> RESTRICTED_TOPICS = List.copyOf(new java.util.TreeSet<>(RESTRICTED_READERS.keySet()));

    /** Service principal to the topic prefix it owns. */
    private static final Map<String, String> PRODUCERS = Map.of(
            "recruitment-service", "ascend.recruitment.",
            ASSESSMENT, "ascend.assessment.",
            COHORT, "ascend.cohort.",
            REPORTING, "ascend.reporting.");

    /** Service principal to the topics it consumes (its dead-letter topics are these plus ".dlt"). */
    private static final Map<String, List<String>> CONSUMERS = Map.of(
            ASSESSMENT, List.of("ascend.recruitment.application.v1", "ascend.recruitment.applicant.v1",
                    "ascend.recruitment.conflict.v1"),
            COHORT, List.of("ascend.recruitment.intake.v1", "ascend.assessment.case.v1", "ascend.recruitment.offeree.v1",
                    "ascend.recruitment.applicant.v1"),
            "recruitment-service", List.of("ascend.cohort.offer.v1"),
            REPORTING, List.of("ascend.recruitment.intake.v1", "ascend.recruitment.application.v1",
                    "ascend.recruitment.applicant.v1", "ascend.recruitment.equality.v1", "ascend.assessment.case.v1",
                    "ascend.assessment.reliability.v1", "ascend.cohort.offer.v1", "ascend.cohort.participant.v1",
                    "ascend.cohort.career.v1", "ascend.cohort.network.v1", "ascend.cohort.session.v1"));

    private KafkaAcls() {
    }

    public static List<AclBinding> bindings() {
        List<AclBinding> acls = new ArrayList<>();
        PRODUCERS.forEach((service, prefix) -> {
            // A service creates and writes its own topics (its TopicsConfiguration declares them).
            allow(acls, service, ResourceType.TOPIC, prefix, PatternType.PREFIXED, AclOperation.CREATE);
            allow(acls, service, ResourceType.TOPIC, prefix, PatternType.PREFIXED, AclOperation.WRITE);
            allow(acls, service, ResourceType.TOPIC, prefix, PatternType.PREFIXED, AclOperation.DESCRIBE);
            allow(acls, service, ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL, AclOperation.IDEMPOTENT_WRITE);
            // Consumers: public topics, their own group, and the dead-letter topics of what they consume.
            allow(acls, service, ResourceType.TOPIC, "ascend.", PatternType.PREFIXED, AclOperation.READ);
            allow(acls, service, ResourceType.TOPIC, "ascend.", PatternType.PREFIXED, AclOperation.DESCRIBE);
            allow(acls, service, ResourceType.GROUP, service, PatternType.LITERAL, AclOperation.READ);
            RESTRICTED_READERS.forEach((topic, reader) -> {
                if (!service.equals(reader)) {
                    deny(acls, service, topic, AclOperation.READ);
                }
            });
        });
        // Dead letters carry the failed record: written by the consuming service, read by ops (admin).
        CONSUMERS.forEach((service, topics) -> topics.forEach(topic -> {
            for (AclOperation operation : List.of(AclOperation.CREATE, AclOperation.WRITE, AclOperation.DESCRIBE)) {
                allow(acls, service, ResourceType.TOPIC, topic + ".dlt", PatternType.LITERAL, operation);
            }
        }));
        allow(acls, REGIONAL_SYSTEM, ResourceType.TOPIC, "ascend.", PatternType.PREFIXED, AclOperation.READ);
        allow(acls, REGIONAL_SYSTEM, ResourceType.TOPIC, "ascend.", PatternType.PREFIXED, AclOperation.DESCRIBE);
        allow(acls, REGIONAL_SYSTEM, ResourceType.GROUP, "regional-", PatternType.PREFIXED, AclOperation.READ);
        RESTRICTED_TOPICS.forEach(topic -> deny(acls, REGIONAL_SYSTEM, topic, AclOperation.READ));
        RESTRICTED_TOPICS.forEach(topic -> deny(acls, REGIONAL_SYSTEM, topic + ".dlt", AclOperation.READ));
        return acls;
    }

    /**
     * Creates the ACLs and returns once the broker answers with all of them: a broker takes new ACLs in
     * asynchronously, and a client that starts right after would otherwise be refused.
     */
    public static void apply(Admin admin) throws Exception {
        admin.createAcls(bindings()).all().get();
        var expected = new java.util.HashSet<>(bindings());
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (!admin.describeAcls(AclBindingFilter.ANY).values().get().containsAll(expected)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The broker did not show the " + expected.size() + " ACLs within 30 s");
            }
            Thread.sleep(100);
        }
    }

    private static void allow(List<AclBinding> acls, String user, ResourceType type, String name, PatternType pattern,
            AclOperation operation) {
        acls.add(new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW)));
    }

    private static void deny(List<AclBinding> acls, String user, String topic, AclOperation operation) {
        acls.add(new AclBinding(new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL),
                new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.DENY)));
    }
}
