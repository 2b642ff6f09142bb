package se.hemtjanst.shared.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Resolves message keys in the screen's language (Swedish by default) and adds Faces messages. */
public final class Messages {

    public static final String BUNDLE = "se.hemtjanst.i18n.messages";

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    public static String text(String key, Object... args) {
        return text(locale(), key, args);
    }

    /** The person's chosen language (the view's locale is not yet set while a view action runs). */
    public static Locale locale() {
        try {
            return CDI.current().select(LocaleView.class).get().getLocale();
        } catch (RuntimeException noSessionOrContainer) {
            FacesContext fc = FacesContext.getCurrentInstance();
            return fc != null && fc.getViewRoot() != null ? fc.getViewRoot().getLocale() : LocaleView.SWEDISH;
        }
    }

    public static void error(String clientId, String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text == null ? key : text, null));
    }

    public static void info(String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text == null ? key : text, null));
    }

    /**
     * An information message for the page shown after a redirect (post-redirect-get). Kept in the session until
     * the next page renders ({@link NoticePhaseListener}); unlike the Faces flash it cannot race the redirect.
     */
    @SuppressWarnings("unchecked")
    public static void infoAfterRedirect(String key, Object... args) {
        String text = text(key, args);
        var session = FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
        ((java.util.List<String>) session.computeIfAbsent(NoticePhaseListener.SESSION_KEY,
                k -> new java.util.ArrayList<String>())).add(text == null ? key : text);
    }
}
