package com.caresupport.gateway.api;

import com.caresupport.gateway.messaging.ExperienceCatalogue;
import com.caresupport.gateway.messaging.ExperienceList;
import com.caresupport.gateway.messaging.ExperienceView;
import com.caresupport.gateway.messaging.validation.ResourceId;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Linq's interactive experiences: the app cards a message may carry, and the fields of each action. */
@Path("/api/experiences")
@Tag(name = "Account")
public class ExperienceResource {

    private final ExperienceCatalogue catalogue;

    ExperienceResource(ExperienceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Operation(summary = "List the experiences the account may send")
    public ExperienceList list() {
        return catalogue.list();
    }

    @GET
    @Path("/{experience}")
    @Operation(summary = "One experience's actions and their fields")
    public ExperienceView get(@PathParam("experience") @ResourceId String experience) {
        return catalogue.get(experience);
    }
}
