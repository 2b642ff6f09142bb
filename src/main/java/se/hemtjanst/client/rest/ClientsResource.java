package se.hemtjanst.client.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hemtjanst.client.application.ClientDraft;
import se.hemtjanst.client.application.ClientService;
import se.hemtjanst.client.domain.Client;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.Page;
import se.hemtjanst.shared.rest.Problem;

/**
 * Clients over REST, within the caller's reach: an assessor's district, or the clients with an active order to
 * the caller's provider. Every read is in the access log.
 */
@Path("/clients")
@Tag(name = "Clients")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ClientsResource {

    @Inject
    ClientService clients;

    public record ClientSummaryDto(long id, String personalIdentityNumber, String name, String district,
                                   String status) {
        static ClientSummaryDto of(Client c) {
            return new ClientSummaryDto(c.id(), c.personalIdentityNumber().formatted(), c.fullName(),
                    c.district().name(), c.status().name());
        }
    }

    public record ClientDto(long id, String personalIdentityNumber, String firstName, String lastName,
                            String street, String postalCode, String city, String phone, String email,
                            String nextOfKinName, String nextOfKinPhone, String districtCode,
                            String district, String status, LocalDate endedOn, String endReason, String lifeStory,
                            long version) {
        static ClientDto of(Client c) {
            return new ClientDto(c.id(), c.personalIdentityNumber().formatted(), c.firstName(), c.lastName(),
                    c.street(), c.postalCode(), c.city(), c.phone(), c.email(), c.nextOfKinName(),
                    c.nextOfKinPhone(), c.district().code(), c.district().name(), c.status().name(), c.endedOn(),
                    c.endReason(), c.lifeStory(), c.version());
        }
    }

    public record EndDto(LocalDate endDate, String reason) {
    }

    public record LifeStoryDto(String lifeStory, Long expectedVersion) {
    }

    public record ClientPage(List<ClientSummaryDto> items, long total, int page, int size) {
    }

    @GET
    @Operation(summary = "Search clients within your reach", description = "By name or part of the personal "
            + "identity number; sorted by last name. Each client listed is written to the access log.")
    @APIResponse(responseCode = "200", description = "One page of clients")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    public Response search(@Parameter(description = "Name or digits of the personal identity number") @QueryParam("q") String text,
                           @QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("25") int size) {
        if (page < 0) {
            throw new InvalidInputException("paging.first.negative", "page", "page must be 0 or more");
        }
        Page<ClientSummaryDto> result = clients.search(text, Math.multiplyExact(page, Math.max(size, 1)), size)
                .map(ClientSummaryDto::of);
        return Response.ok(new ClientPage(result.rows(), result.total(), page, size))
                .header("X-Total-Count", result.total()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One client", description = "403 when the client is outside your district or provider.")
    @APIResponse(responseCode = "200", description = "The client")
    @APIResponse(responseCode = "403", description = "Outside your reach")
    @APIResponse(responseCode = "404", description = "No such client")
    public ClientDto get(@PathParam("id") long id) {
        return ClientDto.of(clients.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a client (ASSESSOR: in your own district; ADMIN: give districtId)",
            description = "The personal identity number (or samordningsnummer) is validated: format, date and "
                    + "check digit. 409 when a client with the number exists.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid number, name, postal code, phone or e-mail")
    @APIResponse(responseCode = "409", description = "The number is already registered")
    public Response create(ClientDraft draft) {
        Client client = clients.create(required(draft));
        return Response.created(UriBuilder.fromResource(ClientsResource.class).path("{id}").build(client.id()))
                .entity(ClientDto.of(client)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change name, address and contact details (ASSESSOR of the client's district)",
            description = "Send expectedVersion (from GET) to be told with 409 when someone else changed the client.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "403", description = "Outside your district")
    @APIResponse(responseCode = "409", description = "Changed by someone else since expectedVersion")
    public ClientDto update(@PathParam("id") long id, ClientDraft draft) {
        return ClientDto.of(clients.update(id, required(draft)));
    }

    @PUT
    @Path("{id}/life-story")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write the life story (levnadsberättelse), with the client; assessor or the client's provider")
    @APIResponse(responseCode = "200", description = "Written")
    public ClientDto writeLifeStory(@PathParam("id") long id, LifeStoryDto body) {
        if (body == null) {
            throw new InvalidInputException("request.body.required", null, "The request body is required");
        }
        return ClientDto.of(clients.writeLifeStory(id, body.lifeStory(), body.expectedVersion()));
    }

    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End a client (ASSESSOR of the district)", description = "Every order of the client ends "
            + "(the provider is disconnected) and the client's tags are detached, in one transaction; the history "
            + "stays readable.")
    @APIResponse(responseCode = "200", description = "Ended")
    @APIResponse(responseCode = "400", description = "endDate or reason missing")
    @APIResponse(responseCode = "409", description = "Already ended")
    public ClientDto end(@PathParam("id") long id, EndDto body) {
        if (body == null) {
            throw new InvalidInputException("request.body.required", null, "The request body is required");
        }
        return ClientDto.of(clients.end(id, body.endDate(), body.reason()));
    }

    private static ClientDraft required(ClientDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("request.body.required", null, "The request body is required");
        }
        return draft;
    }
}
