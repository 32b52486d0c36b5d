package com.caresupport.gateway.payments;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A payment provider's name as Linq spells them ({@code agentcard}, {@code stripe}): lower-case letters, digits,
 * {@code _} and {@code -}. Linq decides which exist; this only keeps garbage out of the path. Null is valid.
 */
@jakarta.validation.ReportAsSingleViolation
@Pattern(regexp = "^[a-z][a-z0-9_-]{0,31}$")
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ProviderName {

    String message() default "must be a provider name of lower-case letters, digits, '_' or '-', such as agentcard";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
