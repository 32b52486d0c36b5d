package com.caresupport.gateway.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The experiences the sandbox account may invoke inside Linq's iMessage app, and their params' rules. */
@ApplicationScoped
public class ExperienceEndpoints {

    record Field(String type, boolean required, int max) {
    }

    record Action(String name, String summary, Map<String, Field> fields) {
    }

    record Experience(String name, String displayName, List<Action> actions) {
    }

    static final List<Experience> CATALOGUE = List.of(
            new Experience("agentpay", "Agent Pay", List.of(new Action("request_payment",
                    "A payment request the customer pays in the app; turns into \"Paid\" once it settles.",
                    Map.of("checkout_url", new Field("url", true, 0), "title", new Field("string", false, 60),
                            "note", new Field("string", false, 140))))),
            new Experience("agentcard", "Agent Card", List.of(
                    new Action("attach_card", "A prompt to add a card to the customer's wallet.",
                            Map.of("title", new Field("string", false, 60), "url", new Field("url", false, 0))),
                    new Action("approve_card", "A passkey approval for a virtual card.",
                            Map.of("approval_url", new Field("url", true, 0), "title", new Field("string", false, 60))))),
            new Experience("link", "Link", List.of(new Action("open", "A card that opens a URL you supply.",
                    Map.of("url", new Field("url", true, 0), "caption", new Field("string", false, 80),
                            "subcaption", new Field("string", false, 80))))));

    void register(@Observes SandboxRoutes.Registering event, SandboxRoutes routes) {
        routes.add("GET", "/experiences", r -> {
            ObjectNode body = SandboxJson.object();
            ArrayNode list = body.putArray("experiences");
            CATALOGUE.forEach(e -> list.add(json(e)));
            return SandboxResponse.ok(body);
        });
        routes.add("GET", "/experiences/{experience}", r -> SandboxResponse.ok(json(find(r.param("experience")))));
    }

    static Experience find(String name) {
        return CATALOGUE.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new LinqError(404, 2001, "Experience not found: " + name));
    }

    /** Checks an invocation as Linq does: known action, required fields, no unknown fields, https urls. */
    static Action check(JsonNode invocation, String field) {
        if (invocation == null || !invocation.isObject()) {
            throw LinqError.missing(field);
        }
        String name = invocation.path("name").asText("");
        String actionName = invocation.path("action").asText("");
        if (name.isEmpty()) {
            throw LinqError.missing(field + ".name");
        }
        if (actionName.isEmpty()) {
            throw LinqError.missing(field + ".action");
        }
        Experience experience = CATALOGUE.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> LinqError.invalid("Unknown experience: " + name));
        Action action = experience.actions().stream().filter(a -> a.name().equals(actionName)).findFirst()
                .orElseThrow(() -> LinqError.invalid(name + " has no action " + actionName));
        JsonNode params = invocation.path("params");
        for (Iterator<String> names = params.fieldNames(); names.hasNext();) {
            String param = names.next();
            if (!action.fields().containsKey(param)) {
                throw LinqError.invalid("Unknown field " + field + ".params." + param);
            }
        }
        action.fields().forEach((param, rule) -> {
            JsonNode value = params.get(param);
            if (value == null || value.isNull()) {
                if (rule.required()) {
                    throw LinqError.missing(field + ".params." + param);
                }
                return;
            }
            String text = value.asText();
            if (rule.type().equals("url") && !text.startsWith("https://")) {
                throw LinqError.invalid(field + ".params." + param + " must be an absolute https URL");
            }
            if (rule.max() > 0 && text.length() > rule.max()) {
                throw LinqError.invalid(field + ".params." + param + " must be at most " + rule.max() + " characters");
            }
        });
        return action;
    }

    private static ObjectNode json(Experience experience) {
        ObjectNode node = SandboxJson.object();
        ArrayNode actions = node.putArray("actions");
        for (Action action : experience.actions()) {
            ObjectNode a = actions.addObject();
            ObjectNode fields = a.putObject("fields");
            action.fields().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(f -> {
                ObjectNode field = fields.putObject(f.getKey());
                if (f.getValue().max() > 0) {
                    field.put("max", f.getValue().max());
                }
                field.put("required", f.getValue().required()).put("type", f.getValue().type());
            });
            a.put("name", action.name()).put("summary", action.summary());
        }
        return node.put("display_name", experience.displayName()).put("experience", experience.name());
    }
}
