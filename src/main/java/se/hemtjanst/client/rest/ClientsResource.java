package se.hemtjanst.client.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
                            String street, String postalCode, String city, String phone, String districtCode,
                            String district, String status, String lifeStory) {
        static ClientDto of(Client c) {
            return new ClientDto(c.id(), c.personalIdentityNumber().formatted(), c.firstName(), c.lastName(),
                    c.street(), c.postalCode(), c.city(), c.phone(), c.district().code(), c.district().name(),
                    c.status().name(), c.lifeStory());
        }
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
}
