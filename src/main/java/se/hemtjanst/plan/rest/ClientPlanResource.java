package se.hemtjanst.plan.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hemtjanst.plan.application.PlanDraft;
import se.hemtjanst.plan.application.PlanService;
import se.hemtjanst.plan.application.TodayPlan;
import se.hemtjanst.plan.rest.PlanDtos.PlanDto;
import se.hemtjanst.plan.rest.PlanDtos.RevisionDto;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.rest.Problem;

/**
 * A client's implementation plan (its own root: JAX-RS does not backtrack from {@code /clients}). Provider managers
 * of the client's provider read, write and sign; the district's assessor reads; staff get today's part only.
 */
@Path("/clients/{clientId}/plan")
@Tag(name = "Implementation plans")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ClientPlanResource {

    @Inject
    PlanService plans;

    @GET
    @Operation(summary = "The plan of the client's order in force", description = "Before the plan is started "
            + "(started=false) the content is a proposal from the order. status is the signing deadline's: OPEN, "
            + "DUE_SOON, OVERDUE, SIGNED or SIGNED_LATE.")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "403", description = "The client is outside your district or provider")
    @APIResponse(responseCode = "404", description = "No order in force (to your provider)")
    public PlanDto get(@PathParam("clientId") long clientId) {
        return PlanDto.of(plans.get(clientId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a revision (PROVIDER_MANAGER of the client's provider)", description = "The first "
            + "save starts the plan (version null); afterwards send the version you read. orderVersionNo: the order "
            + "version you reviewed the plan against. Above ramtid a plan may be saved but not signed.")
    @APIResponse(responseCode = "200", description = "The plan after the save")
    @APIResponse(responseCode = "400", description = "Invalid content, or a service that is not in the order")
    @APIResponse(responseCode = "403", description = "Not the client's provider")
    @APIResponse(responseCode = "409", description = "Someone else saved the plan since you read it")
    public PlanDto save(@PathParam("clientId") long clientId, PlanDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("request.body.required", null, "The request body is required");
        }
        return PlanDto.of(plans.save(clientId, draft));
    }

    @POST
    @Path("signature")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register the signing by the client and the contact person",
            description = "Body: version, signedOn, clientSigned (true), contactPerson.")
    @APIResponse(responseCode = "200", description = "Signed")
    @APIResponse(responseCode = "409", description = "Changed meanwhile, not saved yet, or needs review against a newer order version")
    @APIResponse(responseCode = "422", description = "Planned time is above ramtid; the problem says by how much")
    public PlanDto sign(@PathParam("clientId") long clientId, PlanDraft.Signing signing) {
        if (signing == null) {
            throw new InvalidInputException("request.body.required", null, "The request body is required");
        }
        return PlanDto.of(plans.sign(clientId, signing));
    }

    @GET
    @Path("revisions")
    @Operation(summary = "Every revision of the plan, newest first, with who and when")
    public List<RevisionDto> revisions(@PathParam("clientId") long clientId) {
        return plans.get(clientId).revisions().stream().map(RevisionDto::of).toList();
    }

    @GET
    @Path("today")
    @Operation(summary = "Today's needs and how to meet them, for staff on duty (STAFF of the client's provider)",
            description = "today: the services planned for today (daily, or on today's weekday), by time of day; "
                    + "agreedDay: weekly or monthly services done on a day agreed from week to week. Plus the life "
                    + "story. Nothing else of the plan or the order.")
    @APIResponse(responseCode = "200", description = "Today's part of the plan")
    @APIResponse(responseCode = "403", description = "Not staff of the client's provider")
    public TodayPlan today(@PathParam("clientId") long clientId) {
        return plans.today(clientId);
    }
}
