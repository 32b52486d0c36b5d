package com.caresupport.gateway.sandbox;

import com.caresupport.gateway.sandbox.SandboxModel.Chat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The account's lines beyond listing them: call forwarding, reputation audits (one at a time per line, then
 * a cooldown) and smart number assignment. An audit is pending until it is first read, then complete.
 */
@ApplicationScoped
public class PhoneNumberEndpoints {

    static final Duration AUDIT_COOLDOWN = Duration.ofMinutes(10);

    private final SandboxConfig config;
    private final SandboxState state;
    private final AtomicInteger nextLine = new AtomicInteger();

    PhoneNumberEndpoints(SandboxConfig config, SandboxState state) {
        this.config = config;
        this.state = state;
    }

    void register(@Observes SandboxRoutes.Registering event, SandboxRoutes routes) {
        routes.add("PUT", "/phone_numbers/{phoneNumberId}", this::update);
        routes.add("POST", "/phone_numbers/{phoneNumber}/reputation_audit", this::startAudit);
        routes.add("GET", "/phone_numbers/{phoneNumber}/reputation_audit/{auditId}", this::audit);
        routes.add("GET", "/available_number", this::available);
    }

    private SandboxResponse update(SandboxRequest request) {
        String id = request.param("phoneNumberId");
        int index = config.lines().size();
        for (int i = 0; i < config.lines().size(); i++) {
            index = id.equals("line-" + (i + 1)) ? i : index;
        }
        if (index == config.lines().size()) {
            throw new LinqError(404, 2001, "Phone number not found");
        }
        JsonNode body = request.object();
        if (!body.has("forwarding_number")) {
            throw LinqError.missing("forwarding_number");
        }
        String forwarding = request.optionalText("forwarding_number");
        if (forwarding != null && forwarding.isEmpty()) {
            forwarding = null;
        }
        if (forwarding != null) {
            MessageContentRules.requirePhone(forwarding, "forwarding_number");
        }
        String line = config.lines().get(index);
        state.lineSettings.put(line, SandboxJson.object().put("forwarding_number", forwarding));
        return SandboxResponse.ok(SandboxJson.object().put("id", id).put("forwarding_number", forwarding)
                .put("phone_number", line));
    }

    private String ownLine(String phone) {
        MessageContentRules.requirePhone(phone, "phoneNumber");
        if (!config.lines().contains(phone)) {
            throw new LinqError(404, 2001, "Phone number not found");
        }
        return phone;
    }

    private SandboxResponse startAudit(SandboxRequest request) {
        String line = ownLine(request.param("phoneNumber"));
        synchronized (state.lock) {
            List<ObjectNode> audits = state.reputationAudits.values().stream()
                    .filter(a -> a.path("phone").asText().equals(line)).toList();
            if (audits.stream().anyMatch(a -> a.path("status").asText().equals("pending"))) {
                throw new LinqError(409, 1006, "An audit of " + line + " is already running");
            }
            Instant now = Instant.now();
            Instant last = audits.stream().map(a -> Instant.parse(a.path("started_at").asText()))
                    .max(Comparator.naturalOrder()).orElse(null);
            if (last != null && last.plus(AUDIT_COOLDOWN).isAfter(now)) {
                long wait = Duration.between(now, last.plus(AUDIT_COOLDOWN)).toSeconds() + 1;
                throw new LinqError(429, 1007, "A new audit of " + line + " can start in " + wait + " s",
                        Map.of("Retry-After", Long.toString(wait)));
            }
            String id = UUID.randomUUID().toString();
            state.reputationAudits.put(id, SandboxJson.object().put("audit_id", id).put("status", "pending")
                    .put("phone", line).put("started_at", now.toString()));
            return new SandboxResponse(202, SandboxJson.object().put("audit_id", id).put("status", "pending"));
        }
    }

    private SandboxResponse audit(SandboxRequest request) {
        String line = ownLine(request.param("phoneNumber"));
        ObjectNode audit = state.reputationAudits.get(request.param("auditId"));
        if (audit == null || !audit.path("phone").asText().equals(line)) {
            throw new LinqError(404, 2001, "Reputation audit not found");
        }
        synchronized (state.lock) {
            if (audit.path("status").asText().equals("pending")) {
                complete(audit);
            }
            ObjectNode body = audit.deepCopy();
            body.remove("started_at");
            return SandboxResponse.ok(body);
        }
    }

    /** A healthy line's report: nothing to act on, so one reassurance item and no drivers. */
    private static void complete(ObjectNode audit) {
        audit.put("status", "complete").put("generated_at", Instant.now().toString());
        ObjectNode report = audit.putObject("report");
        report.putArray("action_items").addObject().put("detail", "No signals need attention on this line.")
                .put("expected_impact", "low").put("priority", 1).put("title", "Keep sending as you are");
        report.putArray("drivers");
        ObjectNode evidence = report.putObject("evidence");
        evidence.putArray("opt_out_chats");
        evidence.putArray("unhealthy_chats");
        report.put("primary_driver", "").put("severity", "HEALTHY")
                .put("summary_markdown", "# Reputation of " + audit.path("phone").asText() + "\n\nHEALTHY: nothing to act on.\n");
    }

    private SandboxResponse available(SandboxRequest request) {
        Set<String> excluded = new HashSet<>();
        for (String line : values(request, "exclude_from")) {
            excluded.add(MessageContentRules.requirePhone(line, "exclude_from"));
        }
        Set<String> to = new HashSet<>();
        for (String handle : values(request, "to")) {
            to.add(MessageContentRules.requireHandle(handle, "to"));
        }
        List<String> lines = config.lines().stream().filter(l -> !excluded.contains(l)).toList();
        if (lines.isEmpty()) {
            throw LinqError.invalid("exclude_from excludes every line of this account");
        }
        String chosen = to.isEmpty() ? null : state.chats.values().stream()
                .filter(c -> !c.left && lines.contains(c.line) && new HashSet<>(c.recipients()).equals(to))
                .max(Comparator.comparing((Chat c) -> c.updatedAt)).map(c -> c.line).orElse(null);
        if (chosen == null) {
            // Successive suggestions cycle through the lines, spreading traffic as Linq's least-recently-used pick does.
            chosen = lines.get(Math.floorMod(nextLine.getAndIncrement(), lines.size()));
        }
        return SandboxResponse.ok(SandboxJson.object().put("phone_number", chosen)
                .put("vcf_url", "https://cdn.linqapp.com/sandbox/vcf/" + UUID.randomUUID() + ".vcf"));
    }

    /** A repeated query parameter, also accepting the comma-joined form some clients send. */
    private static List<String> values(SandboxRequest request, String name) {
        List<String> raw = request.query().getOrDefault(name, List.of());
        return raw.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }
}
