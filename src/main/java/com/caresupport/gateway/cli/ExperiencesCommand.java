package com.caresupport.gateway.cli;

import com.caresupport.gateway.messaging.ExperienceCatalogue;
import com.caresupport.gateway.messaging.ExperienceList;
import com.caresupport.gateway.messaging.ExperienceView;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code experiences list|get NAME}: the app cards the account may send, and each action's fields. */
@Command(name = "experiences", description = "List the interactive experiences (app cards) the account may send, "
        + "or show one's actions and fields.", subcommands = { ExperiencesCommand.ListVerb.class,
            ExperiencesCommand.Get.class })
public class ExperiencesCommand extends Verb {

    @Override
    public Integer call() {
        return usage();
    }

    /** {@code experiences list}. */
    @Command(name = "list", description = "List the experiences and their actions.")
    public static class ListVerb extends Verb {

        private final ExperienceCatalogue catalogue;
        private final Output output;

        ListVerb(ExperienceCatalogue catalogue, Output output) {
            this.catalogue = catalogue;
            this.output = output;
        }

        @Override
        public Integer call() {
            ExperienceList all = catalogue.list();
            return output.table(spec, json, all, all.experiences(), List.of("EXPERIENCE", "NAME", "ACTIONS"),
                    e -> List.of(e.experience(), String.valueOf(e.displayName()),
                            e.actions().stream().map(ExperienceView.Action::name).collect(Collectors.joining(", "))),
                    "No experiences.");
        }
    }

    /** {@code experiences get NAME}. */
    @Command(name = "get", description = "Show an experience's actions and the fields each takes.")
    public static class Get extends Verb {

        @Parameters(index = "0", paramLabel = "NAME", description = "The experience, e.g. link.")
        String name;

        private final ExperienceCatalogue catalogue;
        private final Output output;

        Get(ExperienceCatalogue catalogue, Output output) {
            this.catalogue = catalogue;
            this.output = output;
        }

        @Override
        public Integer call() {
            ExperienceView experience = catalogue.get(name);
            StringBuilder text = new StringBuilder(experience.experience() + " (" + experience.displayName() + ")");
            for (ExperienceView.Action action : experience.actions()) {
                text.append(System.lineSeparator()).append("  ").append(action.name()).append(": ")
                        .append(action.summary());
                for (Map.Entry<String, ExperienceView.Field> field : action.fields().entrySet()) {
                    ExperienceView.Field f = field.getValue();
                    text.append(System.lineSeparator()).append("    ").append(field.getKey()).append("  ")
                            .append(f.type()).append(f.required() ? ", required" : "")
                            .append(f.max() != null && f.max() > 0 ? ", at most " + f.max() + " characters" : "");
                }
            }
            return output.print(spec, json, experience, text.toString());
        }
    }
}
