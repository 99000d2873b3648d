package org.ascend.reporting.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A filter's year: the calendar year an intake opened in, 2000 to 2100. */
@Min(value = 2000, message = "must be a year from 2000 to 2100")
@Max(value = 2100, message = "must be a year from 2000 to 2100")
@Constraint(validatedBy = {})
@Documented
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface IntakeYear {

    String message() default "must be a year from 2000 to 2100";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
