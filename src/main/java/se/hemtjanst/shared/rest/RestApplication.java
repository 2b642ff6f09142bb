package se.hemtjanst.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, version 1. Every resource needs a bearer token unless it says otherwise. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Hemtjänst API", version = "1",
                description = "Orders, visits and billing for Swedish municipal home care. Errors are "
                        + "application/problem+json (RFC 9457). Get a token with POST /api/v1/tokens."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "Token from POST /api/v1/tokens; lives at most 12 hours")
public class RestApplication extends Application {
}
