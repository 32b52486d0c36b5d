package com.caresupport.gateway.payments;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A person's handle as Linq takes it: an E.164 phone number or an email address (local part at most 64
 * characters). Checked where a handle arrives in a path, so that garbage never reaches Linq. Null is valid.
 */
@jakarta.validation.ReportAsSingleViolation
@Pattern(regexp = "^(\\+[1-9]\\d{1,14}|[^@\\s/\\\\]{1,64}@[^@\\s/\\\\]{1,189}\\.[^@\\s/\\\\]{1,63})$")
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface CustomerHandle {

    String message() default "must be an E.164 phone number or an email address";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
