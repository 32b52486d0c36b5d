package com.caresupport.gateway.messaging.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A caller's idempotency key: 1 to 255 visible ASCII characters. The key is stored and sent on to Linq, so
 * control characters (a header injection waiting to happen), spaces and other bytes are refused up front.
 * Null is valid: the gateway then makes a key itself.
 */
@jakarta.validation.ReportAsSingleViolation
@Pattern(regexp = "^[\\x21-\\x7E]{1,255}$")
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface IdempotencyKey {

    String message() default "must be 1 to 255 visible ASCII characters, without spaces or control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
