package se.hemtjanst.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Signs out: ends the container login and the session. */
@Named
@RequestScoped
public class LogoutView {

    @Inject
    FacesContext facesContext;

    public void logout() throws IOException, ServletException {
        ExternalContext ec = facesContext.getExternalContext();
        ((HttpServletRequest) ec.getRequest()).logout();
        ec.invalidateSession();
        ec.redirect(ec.getRequestContextPath() + "/login.xhtml?loggedOut=true");
        facesContext.responseComplete();
    }
}
