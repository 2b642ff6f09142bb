package se.hemtjanst.shared.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.hemtjanst.shared.domain.BusinessException;

/**
 * Every failure of the REST API becomes application/problem+json, here and nowhere else. Unknown failures get a
 * 500 with an incident id that is also in the server log; internals never leak to the client.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable thrown) {
        return problemFor(unwrap(thrown)).at(uriInfo == null ? null : uriInfo.getRequestUri().getPath()).toResponse();
    }

    /** The problem for a failure caught by a resource itself (e.g. one item of a batch). */
    public static Problem problemOf(Throwable thrown) {
        return new ProblemMappers().problemFor(unwrap(thrown));
    }

    static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof EJBException && !(current instanceof EJBAccessException))
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    Problem problemFor(Throwable t) {
        if (t instanceof BusinessException b) {
            return business(b);
        }
        if (t instanceof ConstraintViolationException cve) {
            List<Problem.FieldError> errors = cve.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(fieldOf(v), englishMessage(v)))
                    .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return Problem.of(Response.Status.BAD_REQUEST, "validation",
                    "The request has invalid fields; see errors", "validation.failed", errors);
        }
        if (t instanceof EJBAccessException) {
            return Problem.of(Response.Status.FORBIDDEN, "forbidden",
                    "Your role does not allow this operation", "access.denied", null);
        }
        if (t instanceof OptimisticLockException) {
            return Problem.of(Response.Status.CONFLICT, "conflict",
                    "Someone else changed this object meanwhile; fetch it again and reapply your change",
                    "concurrent.edit", null);
        }
        if (t instanceof JsonbException || (t instanceof ProcessingException && t.getCause() instanceof JsonbException)) {
            return Problem.of(Response.Status.BAD_REQUEST, "malformed-json",
                    "The body is not valid JSON for this resource: " + firstLine(rootMessage(t)),
                    "request.malformed", null);
        }
        if (t instanceof NotFoundException) {
            return Problem.of(Response.Status.NOT_FOUND, "not-found", "No resource at this path", "notFound", null);
        }
        if (t instanceof NotAllowedException) {
            return Problem.of(405, "Method Not Allowed", "method-not-allowed",
                    "This resource does not support that HTTP method");
        }
        if (t instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            Response r = wae.getResponse();
            String detail = wae.getMessage() == null ? r.getStatusInfo().getReasonPhrase() : wae.getMessage();
            if (wae.getCause() instanceof JsonbException || detail.contains("Unable to deserialize")) {
                return Problem.of(Response.Status.BAD_REQUEST, "malformed-json",
                        "The body is not valid JSON for this resource: " + firstLine(rootMessage(wae)),
                        "request.malformed", null);
            }
            return Problem.of(r.getStatus(), r.getStatusInfo().getReasonPhrase(),
                    "http-" + r.getStatus(), firstLine(detail));
        }
        Problem fromDatabase = databaseRefusal(t);
        if (fromDatabase != null) {
            return fromDatabase;
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unhandled failure, incident " + incident, t);
        return Problem.of(500, "Internal Server Error", "internal",
                "An unexpected error occurred; quote incident " + incident + " to support");
    }

    /**
     * What the database refused at commit (wrapped in a rollback): a text longer than its column is the caller's
     * error (400, with the limit from the database's message); a concurrent change of the same row is a conflict
     * (409). Both used to be answered 500 although the request, not the server, was at fault.
     */
    static Problem databaseRefusal(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof OptimisticLockException) {
                return Problem.of(Response.Status.CONFLICT, "conflict",
                        "Someone else changed this object meanwhile; fetch it again and reapply your change",
                        "concurrent.edit", null);
            }
            if (c instanceof java.sql.SQLException sql && "22001".equals(sql.getSQLState())) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:length|varying\\()\\s*(\\d+)")
                        .matcher(String.valueOf(sql.getMessage()));
                String limit = m.find() ? " (at most " + m.group(1) + " characters)" : "";
                return Problem.of(Response.Status.BAD_REQUEST, "invalid", "A text in the request is longer than "
                        + "the field allows" + limit + "; shorten it", "request.textTooLong", null);
            }
        }
        return null;
    }

    private static Problem business(BusinessException b) {
        List<Problem.FieldError> errors = b.field() == null ? null : List.of(new Problem.FieldError(b.field(), b.getMessage()));
        return switch (b.kind()) {
            case INVALID -> Problem.of(Response.Status.BAD_REQUEST, "invalid", b.getMessage(), b.messageKey(), errors);
            case NOT_FOUND -> Problem.of(Response.Status.NOT_FOUND, "not-found", b.getMessage(), b.messageKey(), null);
            case CONFLICT -> Problem.of(Response.Status.CONFLICT, "conflict", b.getMessage(), b.messageKey(), errors);
            case FORBIDDEN -> Problem.of(Response.Status.FORBIDDEN, "forbidden", b.getMessage(), b.messageKey(), null);
            case UNPROCESSABLE -> new Problem(Problem.TYPE_BASE + "unprocessable", "Unprocessable Content", 422,
                    b.getMessage(), null, b.messageKey(), errors);
        };
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        // Method validation paths look like "save.draft.code" / "save.arg0.code": keep the bean property part.
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
    }

    /** Developers read English; the screens interpolate the same templates in Swedish. */
    private static String englishMessage(ConstraintViolation<?> v) {
        String template = v.getMessageTemplate();
        if (template != null && template.startsWith("{") && template.endsWith("}")) {
            try {
                return ResourceBundle.getBundle("ValidationMessages", Locale.ENGLISH)
                        .getString(template.substring(1, template.length() - 1));
            } catch (MissingResourceException e) {
                return v.getMessage();
            }
        }
        return v.getMessage();
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) : line;
    }
}
