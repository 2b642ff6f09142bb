package se.hemtjanst.catalog.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hemtjanst.catalog.application.RuleService;
import se.hemtjanst.catalog.domain.RuleSetting;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.rest.Problem;

/** Rule settings with validity dates (ADMIN): read them all, schedule a new value from a day on. */
@Path("/rule-settings")
@Tag(name = "Rule settings")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class RuleSettingsResource {

    @Inject
    RuleService rules;

    public record RuleSettingDto(String key, String value, LocalDate validFrom, LocalDate validTo) {
        static RuleSettingDto of(RuleSetting r) {
            return new RuleSettingDto(r.key(), r.value(), r.validity().validFrom(), r.validity().validTo());
        }
    }

    public record ScheduleDto(String key, String value, LocalDate validFrom) {
    }

    @GET
    @Operation(summary = "Every rule setting by key and date (ADMIN)")
    public List<RuleSettingDto> all() {
        return rules.all().stream().map(RuleSettingDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule a new value from validFrom (today or later); the value in force ends the day before")
    @APIResponse(responseCode = "201", description = "Scheduled")
    @APIResponse(responseCode = "400", description = "Unknown key, value out of range or validFrom in the past")
    @APIResponse(responseCode = "409", description = "A value from that day or later is already scheduled")
    public Response schedule(ScheduleDto body) {
        if (body == null) {
            throw new InvalidInputException("request.body.required", null, "The request body is required");
        }
        RuleSetting created = rules.schedule(body.key(), body.value(), body.validFrom());
        return Response.status(Response.Status.CREATED).entity(RuleSettingDto.of(created)).build();
    }
}
