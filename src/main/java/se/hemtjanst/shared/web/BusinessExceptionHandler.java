package se.hemtjanst.shared.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicReference;
import se.hemtjanst.shared.domain.BusinessException;

/**
 * The one place where refusals become screen messages: a business exception (or a denied role, or a concurrent
 * edit) thrown by an action turns into a Swedish message next to the field it concerns; the user's input stays
 * on the screen. Anything else goes on to the standard handling.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEvent event = events.next();
            Throwable root = unwrap(event.getContext().getException());
            FacesContext fc = FacesContext.getCurrentInstance();
            if (fc == null) {
                continue;
            }
            if (root instanceof BusinessException b) {
                String text = Messages.text(b.messageKey(), b.args());
                add(fc, clientIdOf(fc, b.field()), text != null ? text : b.getMessage());
            } else if (root instanceof ConstraintViolationException cve) {
                // Normally caught by Faces' own bean validation first; this covers rules only the service checks.
                for (ConstraintViolation<?> v : cve.getConstraintViolations()) {
                    String path = v.getPropertyPath().toString();
                    add(fc, clientIdOf(fc, path.substring(path.lastIndexOf('.') + 1)), v.getMessage());
                }
            } else if (root instanceof EJBAccessException) {
                add(fc, null, Messages.text("access.denied"));
            } else if (root instanceof OptimisticLockException) {
                add(fc, null, Messages.text("concurrent.edit"));
            } else {
                continue;
            }
            fc.validationFailed();
            events.remove();
        }
        getWrapped().handle();
    }

    private static void add(FacesContext fc, String clientId, String text) {
        fc.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while (current.getCause() != null && (current instanceof FacesException || current instanceof ELException
                || (current instanceof EJBException && !(current instanceof EJBAccessException)))) {
            current = current.getCause();
        }
        return current;
    }

    /** The client id of the input whose id is the field name, so the message shows next to that field. */
    private static String clientIdOf(FacesContext fc, String field) {
        if (field == null || fc.getViewRoot() == null) {
            return null;
        }
        AtomicReference<String> found = new AtomicReference<>();
        fc.getViewRoot().visitTree(VisitContext.createVisitContext(fc), (ctx, component) -> {
            if (component instanceof UIInput && field.equals(component.getId())) {
                found.set(component.getClientId(fc));
                markInvalid(component);
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found.get();
    }

    private static void markInvalid(UIComponent component) {
        ((UIInput) component).setValid(false);
    }
}
