package org.ascend.platform.problem;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Problem statuses an endpoint can answer with beyond those its shape implies (a read that can
 * conflict, a path without ids that can be not found, a dependency that can be down). The API
 * documents list them with the shared problem responses.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AlsoAnswers {

    /** HTTP statuses, e.g. {@code 409}. */
    int[] value();
}
