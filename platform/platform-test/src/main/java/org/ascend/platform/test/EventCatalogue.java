package org.ascend.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.ascend.platform.events.PublishedAs;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a producer against {@code contracts/}: every event it can publish has a JSON Schema, appears
 * in {@code asyncapi.yaml} on the topic it is sent to, and has no enum value its schema does not allow.
 */
public final class EventCatalogue {

    private EventCatalogue() {
    }

    /** Every {@link PublishedAs} event under {@code basePackage} is documented; returns how many. */
    public static int assertDocumented(String basePackage) {
        Map<String, String> topicByType = asyncApiTopicsByType();
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition d) {
                return true; // records are fine
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(PublishedAs.class));
        int checked = 0;
        for (BeanDefinition definition : scanner.findCandidateComponents(basePackage)) {
            Class<?> event = load(definition.getBeanClassName());
            PublishedAs publishedAs = event.getAnnotation(PublishedAs.class);
            assertThat(EventContracts.schemaFile(publishedAs.type())).as("schema of " + publishedAs.type()).exists();
            assertThat(topicByType).as("AsyncAPI messages").containsEntry(publishedAs.type(), publishedAs.topic());
            assertThat(EventEnums.notAllowed(event, publishedAs.type())).as("enum values of " + event.getSimpleName()).isEmpty();
            checked++;
        }
        return checked;
    }

    /** Message name (the CloudEvents type) to channel address (the topic), from asyncapi.yaml. */
    static Map<String, String> asyncApiTopicsByType() {
        Path file = EventContracts.contractsDirectory().getParent().resolve("asyncapi.yaml");
        try {
            JsonNode api = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
            Map<String, String> topics = new HashMap<>();
            api.path("channels").forEach(channel -> channel.path("messages").forEach(ref -> {
                String name = ref.path("$ref").asText().replace("#/components/messages/", "");
                topics.put(api.path("components").path("messages").path(name).path("name").asText(),
                        channel.path("address").asText());
            }));
            return topics;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
