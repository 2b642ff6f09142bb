package se.hemtjanst.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.List;

/** Shows the notices an action left for the page after its redirect ({@link Messages#infoAfterRedirect}). */
public class NoticePhaseListener implements PhaseListener {

    private static final long serialVersionUID = 1L;
    static final String SESSION_KEY = "hemtjanst.notices";

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext fc = event.getFacesContext();
        if (fc.getPartialViewContext().isAjaxRequest() || fc.getExternalContext().getSession(false) == null) {
            return;
        }
        Object notices = fc.getExternalContext().getSessionMap().remove(SESSION_KEY);
        if (notices instanceof List<?> list) {
            for (Object text : list) {
                fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, String.valueOf(text), null));
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
