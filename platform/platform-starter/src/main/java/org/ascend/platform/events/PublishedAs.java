package org.ascend.platform.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where and as what a {@link DomainEvent} goes out (docs/events.md): topic
 * {@code ascend.<service>.<aggregate>.v1}, type {@code org.ascend.<service>.<event>.v1}. The wire
 * never carries a Java class name.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublishedAs {

    String topic();

    String type();
}
