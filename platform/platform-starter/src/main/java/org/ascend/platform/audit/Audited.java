package org.ascend.platform.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that reads or writes personal or special-category data: every call to it, allowed
 * or denied, leaves one audit record (who, roles, what, which resource, when, outcome, correlation id).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

    /** What was done, e.g. {@code application.read}. */
    String value();

    /**
     * Whether the record's resource includes the query string: for searches whose filters are what was looked for
     * (e.g. a talent-pool search). Only where the query holds no personal data.
     */
    boolean withQuery() default false;
}
