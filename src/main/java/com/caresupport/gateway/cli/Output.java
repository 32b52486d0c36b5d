package com.caresupport.gateway.cli;

import com.caresupport.gateway.delivery.Accepted;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Prints a result as JSON ({@code --json}, for scripts) or as a line or table (for people). */
@ApplicationScoped
public class Output {

    private final ObjectMapper json;

    Output(ObjectMapper json) {
        this.json = json;
    }

    /** The {@code --json} flag every verb takes. */
    public static class JsonFlag {
        @Option(names = "--json", description = "Print the result as JSON.")
        boolean enabled;
    }

    public int print(CommandSpec spec, JsonFlag flag, Object result, String line) {
        PrintWriter out = spec.commandLine().getOut();
        if (flag.enabled) {
            out.println(toJson(result));
        } else {
            out.println(line);
        }
        out.flush();
        return 0;
    }

    /**
     * Prints a stored send's outcome with the gateway's id of the message, and returns its exit code: 0 when
     * Linq took it, {@link CliErrors#QUEUED} when it is stored and the outbox delivers it later, and
     * {@link CliErrors#REJECTED} when it failed (a repeated idempotency key whose original Linq refused).
     */
    public int sent(CommandSpec spec, JsonFlag flag, Accepted accepted, String line) {
        SendResult result = SendResult.of(accepted);
        if (accepted.queued()) {
            line = "Queued: Linq is unavailable; the gateway stored the message (" + accepted.messageId()
                    + ") and delivers it when Linq is back";
        } else if (!accepted.success()) {
            line = "Failed: message " + accepted.messageId() + ": " + accepted.error();
        }
        print(spec, flag, result, line + (accepted.replayed() ? " (an earlier send with this idempotency key)" : ""));
        if (accepted.queued()) {
            return CliErrors.QUEUED;
        }
        return accepted.success() ? 0 : CliErrors.REJECTED;
    }

    public <T> int table(CommandSpec spec, JsonFlag flag, Object result, List<T> rows, List<String> headers,
            Function<T, List<String>> columns, String empty) {
        PrintWriter out = spec.commandLine().getOut();
        if (flag.enabled) {
            out.println(toJson(result));
        } else if (rows.isEmpty()) {
            out.println(empty);
        } else {
            List<List<String>> cells = rows.stream().map(columns).toList();
            int[] widths = new int[headers.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = headers.get(i).length();
                for (List<String> row : cells) {
                    widths[i] = Math.max(widths[i], String.valueOf(row.get(i)).length());
                }
            }
            out.println(format(headers, widths));
            cells.forEach(row -> out.println(format(row, widths)));
        }
        out.flush();
        return 0;
    }

    private static String format(List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = row.get(i) == null ? "-" : row.get(i);
            line.append(i == widths.length - 1 ? cell : String.format("%-" + widths[i] + "s  ", cell));
        }
        return line.toString().stripTrailing();
    }

    private String toJson(Object result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
