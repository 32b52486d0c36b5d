package com.caresupport.gateway.messaging.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Applies a {@link Checked} record's cross-field rules. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CheckedValidator.class)
public @interface ValidRequest {

    String message() default "invalid request";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
