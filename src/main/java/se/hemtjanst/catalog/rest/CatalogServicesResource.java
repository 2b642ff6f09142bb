package se.hemtjanst.catalog.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hemtjanst.catalog.application.CatalogService;
import se.hemtjanst.catalog.application.ServiceDraft;
import se.hemtjanst.catalog.domain.ServiceQuery;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.Page;
import se.hemtjanst.shared.rest.Problem;

/** The service catalogue over REST. Reading needs any role; changing needs ADMIN (checked by the service). */
@Path("/catalog/services")
@Tag(name = "Catalogue")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class CatalogServicesResource {

    @Inject
    CatalogService catalog;

    public record ServicePage(List<ServiceTypeDto> items, long total, int page, int size) {
    }

    @GET
    @Operation(summary = "List catalogue services",
            description = "Filtered, sorted and paged. The header X-Total-Count carries the number of matches.")
    @APIResponse(responseCode = "200", description = "One page of services")
    @APIResponse(responseCode = "400", description = "Invalid filter, sort or paging parameter")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    public Response list(
            @Parameter(description = "Text in code or name") @QueryParam("q") String text,
            @Parameter(description = "Main area code, e.g. PERSONLIG_OMVARDNAD") @QueryParam("mainArea") String mainArea,
            @Parameter(description = "true: in the frame (ramtid); false: outside") @QueryParam("inFrame") String inFrame,
            @Parameter(description = "Only rows valid on this day, YYYY-MM-DD") @QueryParam("validOn") String validOn,
            @Parameter(description = "code, name, mainArea, standardMinutes or validFrom") @QueryParam("sort") @DefaultValue("code") String sort,
            @Parameter(description = "asc or desc") @QueryParam("order") @DefaultValue("asc") String order,
            @Parameter(description = "0-based page number") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Rows per page, 1-500") @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0) {
            throw new InvalidInputException("paging.first.negative", "page", "page must be 0 or more");
        }
        ServiceQuery query = new ServiceQuery(text, mainArea, parseBoolean(inFrame), parseDate(validOn),
                parseSort(sort), parseOrder(order), Math.multiplyExact(page, Math.max(size, 1)), size);
        Page<ServiceTypeDto> result = catalog.search(query).map(ServiceTypeDto::of);
        return Response.ok(new ServicePage(result.rows(), result.total(), page, size))
                .header("X-Total-Count", result.total())
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One catalogue service")
    @APIResponse(responseCode = "200", description = "The service")
    @APIResponse(responseCode = "404", description = "No such service")
    public ServiceTypeDto get(@PathParam("id") long id) {
        return ServiceTypeDto.of(catalog.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a service or a new validity row of a code (ADMIN)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "Validity overlaps another row of the same code")
    public Response create(ServiceDraft draft) {
        if (draft != null) {
            draft.id = null;
        }
        ServiceTypeDto created = ServiceTypeDto.of(catalog.save(draft));
        return Response.created(UriBuilder.fromResource(CatalogServicesResource.class).path("{id}").build(created.id()))
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a service row (ADMIN); send the version you read")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "Changed by someone else, or overlapping validity")
    public ServiceTypeDto update(@PathParam("id") long id, ServiceDraft draft) {
        if (draft != null) {
            draft.id = id;
        }
        return ServiceTypeDto.of(catalog.save(draft));
    }

    private static Boolean parseBoolean(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException("request.param.boolean", "inFrame",
                    "inFrame must be true or false, was '" + value + "'");
        };
    }

    private static LocalDate parseDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("request.param.date", "validOn",
                    "validOn must be a date YYYY-MM-DD, was '" + value + "'");
        }
    }

    private static ServiceQuery.SortField parseSort(String value) {
        return switch (value) {
            case "code" -> ServiceQuery.SortField.CODE;
            case "name" -> ServiceQuery.SortField.NAME;
            case "mainArea" -> ServiceQuery.SortField.MAIN_AREA;
            case "standardMinutes" -> ServiceQuery.SortField.STANDARD_MINUTES;
            case "validFrom" -> ServiceQuery.SortField.VALID_FROM;
            default -> throw new InvalidInputException("request.param.sort", "sort",
                    "sort must be one of code, name, mainArea, standardMinutes, validFrom; was '" + value + "'");
        };
    }

    private static boolean parseOrder(String value) {
        return switch (value) {
            case "asc" -> true;
            case "desc" -> false;
            default -> throw new InvalidInputException("request.param.order", "order",
                    "order must be asc or desc, was '" + value + "'");
        };
    }
}
