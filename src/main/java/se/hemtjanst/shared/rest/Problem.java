package se.hemtjanst.shared.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is a stable URI per kind of problem, {@code code} the message key the
 * screens use for the same refusal, {@code errors} the fields that were wrong.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "code", "errors"})
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);
    public static final String TYPE_BASE = "https://hemtjanst.example.se/problems/";

    public record FieldError(String field, String message) {
    }

    public static Problem of(Response.Status status, String kind, String detail, String code,
                             List<FieldError> errors) {
        return new Problem(TYPE_BASE + kind, status.getReasonPhrase(), status.getStatusCode(), detail, null, code,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors));
    }

    public static Problem of(int status, String title, String kind, String detail) {
        return new Problem(TYPE_BASE + kind, title, status, detail, null, null, null);
    }

    public Problem at(String instance) {
        return new Problem(type, title, status, detail, instance, code, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }
}
