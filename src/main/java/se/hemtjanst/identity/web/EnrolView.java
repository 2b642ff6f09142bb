package se.hemtjanst.identity.web;

import jakarta.ejb.EJBException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import se.hemtjanst.identity.application.EnrolmentService;
import se.hemtjanst.identity.application.LoginRefusedException;
import se.hemtjanst.identity.application.PendingEnrolment;
import se.hemtjanst.identity.application.TotpEnrolment;
import se.hemtjanst.identity.infrastructure.ClientAddress;
import se.hemtjanst.shared.web.Messages;

/**
 * Sets up the authenticator of an account that has none, right after its password was accepted at the login page:
 * shows a new secret as QR code and text (this once), and stores it when the first code matches. Then back to the
 * login page to sign in with password and code.
 */
@Named
@ViewScoped
public class EnrolView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EnrolmentService enrolment;

    @Inject
    transient ClientAddress clientAddress;

    @Inject
    transient Clock clock;

    private TotpEnrolment pending;
    private String code;
    private String next;

    /** On page load: only with a fresh password check of this HTTP session; otherwise back to the login page. */
    public void init() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (fc.isPostback() || pending != null) {
            return;
        }
        Object p = fc.getExternalContext().getSessionMap().get(PendingEnrolment.SESSION_ATTRIBUTE);
        if (!(p instanceof PendingEnrolment enrolling) || !enrolling.validAt(clock.instant())) {
            ExternalContext ec = fc.getExternalContext();
            ec.redirect(ec.getRequestContextPath() + "/login.xhtml");
            fc.responseComplete();
            return;
        }
        pending = enrolment.beginVerified(enrolling);
    }

    public void confirm() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        Object p = ec.getSessionMap().get(PendingEnrolment.SESSION_ATTRIBUTE);
        if (pending == null || !(p instanceof PendingEnrolment enrolling) || !enrolling.validAt(clock.instant())
                || !enrolling.username().equals(pending.username())) {
            ec.redirect(ec.getRequestContextPath() + "/login.xhtml");
            fc.responseComplete();
            return;
        }
        try {
            enrolment.confirmVerified(pending.username(), pending.secret(), code,
                    clientAddress.of((HttpServletRequest) ec.getRequest()));
        } catch (LoginRefusedException | EJBException wrong) {
            code = null;
            Messages.error("enrolForm:code", "enrol.code.wrong");
            return;
        }
        ec.getSessionMap().remove(PendingEnrolment.SESSION_ATTRIBUTE);
        Messages.infoAfterRedirect("enrol.done");
        ec.redirect(ec.getRequestContextPath() + "/login.xhtml" + (next == null || next.isBlank() ? ""
                : "?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8)));
        fc.responseComplete();
    }

    public TotpEnrolment getPending() {
        return pending;
    }

    /** The QR code as a data URI (EL 5 reads no record components, hence these getters). */
    public String getQrDataUri() {
        return pending == null ? null : pending.qrDataUri();
    }

    public String getGroupedSecret() {
        return pending == null ? null : pending.groupedSecret();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
