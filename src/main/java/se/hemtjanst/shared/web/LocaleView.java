package se.hemtjanst.shared.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the screens: Swedish unless the person switches to English. */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private Locale locale = SWEDISH;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public void setLanguage(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : SWEDISH;
    }

    /** Switches language and reloads the page: a view's locale is fixed when the view is built. */
    public String toggle() {
        setLanguage("sv".equals(locale.getLanguage()) ? "en" : "sv");
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
    }
}
