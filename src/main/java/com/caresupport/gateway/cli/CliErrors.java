package com.caresupport.gateway.cli;

import com.caresupport.gateway.error.GatewayException;
import com.caresupport.gateway.error.UploadFailedException;
import com.caresupport.gateway.linq.LinqRejectedException;
import com.caresupport.gateway.linq.LinqUnavailableException;
import com.caresupport.gateway.messaging.validation.FieldNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Every failure as one line on stderr and an exit code a script can branch on: 2 bad flags, invalid input or a
 * recipient who replied STOP, 3 Linq refused the request, 4 Linq unavailable (nothing sent), 1 anything else.
 * {@code send} and {@code create} never exit 4: while Linq is unavailable they store the message, print its
 * gateway id and exit {@link #QUEUED} (5), and the gateway's outbox delivers it later.
 */
@ApplicationScoped
public class CliErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {

    public static final int INVALID = 2;
    public static final int REJECTED = 3;
    public static final int UNAVAILABLE = 4;
    /** Not a failure: the message is stored, and the gateway's outbox delivers it once Linq is back. */
    public static final int QUEUED = 5;

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println("error: " + e.getMessage() + " (see '" + command.getCommandSpec().qualifiedName()
                + " --help')");
        return INVALID;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        command.getErr().println("error: " + describe(e));
        return exitCode(e);
    }

    static String describe(Exception e) {
        if (e instanceof ConstraintViolationException invalid) {
            return invalid.getConstraintViolations().stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(CliErrors::describe).collect(Collectors.joining("; "));
        }
        if (e instanceof GatewayException refused) {
            return refused.getMessage();
        }
        if (e instanceof LinqRejectedException rejected) {
            return rejected.getMessage();
        }
        if (e instanceof LinqUnavailableException unavailable) {
            return unavailable.getMessage() + "; nothing was sent, try again in "
                    + Math.max(1, unavailable.retryAfter().toSeconds()) + " s";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** API field names that the older CLI spells differently. */
    private static final java.util.Map<String, String> FLAGS = java.util.Map.of("to_phone", "to",
            "initial_message", "body", "text", "body", "preferred_service", "service", "reply_to_message_id",
            "reply-to", "reaction_type", "type", "custom_emoji", "emoji", "target_url", "url", "from_phone", "from");

    private static String describe(ConstraintViolation<?> violation) {
        // An app card's layout fields and experience are flags of their own on the command line.
        String field = FieldNames.of(violation).replaceFirst("^layout\\.", "").replace("experience.name", "experience")
                .replace("experience.action", "action");
        String flag = FLAGS.getOrDefault(field, field.replace('_', '-'));
        return "--" + flag + " " + violation.getMessage();
    }

    static int exitCode(Exception e) {
        if (e instanceof UploadFailedException) {
            return 1;
        }
        // Every other refusal of the gateway's own (opted-out recipient, reused key, unknown record…) is the caller's to fix.
        if (e instanceof ConstraintViolationException || e instanceof GatewayException) {
            return INVALID;
        }
        if (e instanceof LinqRejectedException) {
            return REJECTED;
        }
        if (e instanceof LinqUnavailableException) {
            return UNAVAILABLE;
        }
        return 1;
    }
}
