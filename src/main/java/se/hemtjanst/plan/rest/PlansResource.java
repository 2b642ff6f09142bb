package se.hemtjanst.plan.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hemtjanst.plan.application.PlanService;
import se.hemtjanst.plan.rest.PlanDtos.PlanRowDto;
import se.hemtjanst.shared.rest.Problem;

/** The plans to follow up: a provider's orders in force, or a district's, with each plan's deadline status. */
@Path("/plans")
@Tag(name = "Implementation plans")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class PlansResource {

    @Inject
    PlanService plans;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Plans of your provider's (or district's) orders in force", description = "status: OPEN, "
            + "DUE_SOON, OVERDUE, SIGNED, SIGNED_LATE, NEEDS_REVIEW or NOT_STARTED; none for all (at most 500).")
    public List<PlanRowDto> list(@QueryParam("status") String status) {
        LocalDate today = LocalDate.now(clock);
        return plans.list(status).stream().map(r -> PlanRowDto.of(r, today)).toList();
    }

    @GET
    @jakarta.ws.rs.Path("figures")
    @Operation(summary = "The dashboard's plan figures for your provider (or district)", description = "Counted over "
            + "every order in force, not only the 500 a list shows: unsigned plans due within five days (dueSoon) "
            + "or past their deadline (overdue), and plans written for an older order version (needsReview).")
    public se.hemtjanst.plan.application.PlanFigures figures() {
        se.hemtjanst.plan.application.PlanFigures f = plans.figures();
        if (f == null) {
            throw new se.hemtjanst.shared.domain.AccessDeniedException("plan.figures.forbidden",
                    "Plan figures are for a provider's manager or a district's assessor");
        }
        return f;
    }
}
