package com.caresupport.gateway.messaging.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Reports each {@link Checked.Violation} as a violation on its own field. */
public class CheckedValidator implements ConstraintValidator<ValidRequest, Checked> {

    @Override
    public boolean isValid(Checked value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        List<Checked.Violation> violations = value.violations();
        if (violations.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (Checked.Violation violation : violations) {
            context.buildConstraintViolationWithTemplate(escape(violation.message()))
                    .addPropertyNode(violation.field()).addConstraintViolation();
        }
        return false;
    }

    /** Messages may quote user input; keep it from being read as an expression. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
