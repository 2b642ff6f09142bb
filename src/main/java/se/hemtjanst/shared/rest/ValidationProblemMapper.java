package se.hemtjanst.shared.rest;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures as problem+json. A mapper of its own because the JAX-RS implementation ships a mapper
 * for {@link ValidationException} that would otherwise win over the catch-all {@link ProblemMappers}.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ValidationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ValidationException exception) {
        ProblemMappers mappers = new ProblemMappers();
        mappers.uriInfo = uriInfo;
        return mappers.toResponse(exception);
    }
}
