package com.caresupport.gateway.messaging.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An id as Linq and the gateway make them (UUIDs and the like): letters, digits, {@code . _ : -}, at most 64
 * characters. Checked where an id arrives in a path, so that control characters, path tricks and oversized
 * values are refused before they reach Linq or the database. Null is valid (use {@code @NotNull}).
 */
@jakarta.validation.ReportAsSingleViolation
@Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$")
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ResourceId {

    String message() default "must be an id of letters, digits, '.', '_', ':' or '-', at most 64 characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
