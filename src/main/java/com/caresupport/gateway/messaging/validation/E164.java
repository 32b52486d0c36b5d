package com.caresupport.gateway.messaging.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A phone number in E.164 form, such as {@code +15551234567}. Null is valid (use {@code @NotNull}). */
@jakarta.validation.ReportAsSingleViolation
@Pattern(regexp = "^\\+[1-9]\\d{1,14}$")
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface E164 {

    String message() default "must be a phone number in E.164 form, such as +15551234567";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
