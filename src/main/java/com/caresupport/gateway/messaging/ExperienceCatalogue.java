package com.caresupport.gateway.messaging;

import com.caresupport.gateway.linq.LinqClient;
import com.caresupport.gateway.linq.wire.Experience;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotBlank;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Linq's catalogue of interactive experiences (the app cards a message may carry). Reads only. */
@ApplicationScoped
public class ExperienceCatalogue {

    private final LinqClient linq;

    ExperienceCatalogue(LinqClient linq) {
        this.linq = linq;
    }

    public ExperienceList list() {
        List<Experience> all = linq.listExperiences().experiences();
        return new ExperienceList(true, all == null ? List.of() : all.stream().map(ExperienceCatalogue::view).toList());
    }

    public ExperienceView get(@NotBlank String experience) {
        return view(linq.getExperience(experience));
    }

    private static ExperienceView view(Experience experience) {
        List<ExperienceView.Action> actions = experience.actions() == null ? List.of()
                : experience.actions().stream().map(ExperienceCatalogue::action).toList();
        return new ExperienceView(experience.experience(), experience.displayName(), actions);
    }

    private static ExperienceView.Action action(Experience.Action action) {
        Map<String, ExperienceView.Field> fields = new LinkedHashMap<>();
        if (action.fields() != null) {
            action.fields().forEach((name, f) -> fields.put(name,
                    new ExperienceView.Field(f.type(), Boolean.TRUE.equals(f.required()), f.max())));
        }
        return new ExperienceView.Action(action.name(), action.summary(), fields);
    }
}
