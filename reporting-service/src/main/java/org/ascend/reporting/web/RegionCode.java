package org.ascend.reporting.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;

/** A filter's region: an NHS England region code such as Y63. */
@Pattern(regexp = "Y[0-9]{2}", message = "must be an NHS region code such as Y63")
@Constraint(validatedBy = {})
@Documented
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface RegionCode {

    String message() default "must be an NHS region code such as Y63";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
