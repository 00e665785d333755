package al.rrjeti.kernel.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Messages of an action that redirects ("Your post was saved.") reach the page it redirects to.
 * A bean asks for it as Faces says ({@code getFlash().setKeepMessages(true)}); Mojarra's flash
 * keeps them in a cookie and now and then loses them (seen in the journeys after two redirects in
 * a row: the post saved, its message gone). So they are also kept in the person's session and shown
 * by the next full page that is rendered, unless the flash brought them already; held ones older
 * than a minute are dropped (the person went elsewhere).
 */
public class NextPageMessages implements PhaseListener {
    private static final long serialVersionUID = 1L;

    private static final String KEY = NextPageMessages.class.getName();

    private static final long KEEP_MILLIS = 60_000;

    /** A message waiting for the next page, with the form field it belongs to (or none). */
    record Held(String clientId, FacesMessage message, long at) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.isPostback() || faces.getPartialViewContext().isAjaxRequest()) {
            return;
        }
        if (faces.getExternalContext().getSession(false) == null) {
            return; // an anonymous reader without a session has nothing kept (and gets no session from here)
        }
        Map<String, Object> session = faces.getExternalContext().getSessionMap();
        @SuppressWarnings("unchecked")
        List<Held> held = (List<Held>) session.remove(KEY);
        if (held == null) {
            return;
        }
        long now = System.currentTimeMillis();
        for (Held h : held) {
            if (now - h.at() <= KEEP_MILLIS && !shown(faces, h)) {
                faces.addMessage(h.clientId(), h.message());
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // Nothing after rendering. They are kept at the redirect itself ({@link Factory}): by the end of
        // the action's phase Mojarra has taken them out of the context.
    }

    /** Keeps the messages of a redirect that asked for them in the person's session. */
    static void keep(FacesContext faces) {
        if (!faces.getExternalContext().getFlash().isKeepMessages() || faces.getMessageList().isEmpty()
                || faces.getExternalContext().getSession(false) == null) {
            return;
        }
        List<Held> held = new ArrayList<>();
        long now = System.currentTimeMillis();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext();) {
            String id = ids.next();
            faces.getMessageList(id).forEach(m -> held.add(new Held(id, m, now)));
        }
        faces.getExternalContext().getSessionMap().put(KEY, held);
    }

    /** The external context of every request, keeping the messages when it redirects. */
    public static class Factory extends ExternalContextFactory {

        public Factory(ExternalContextFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExternalContext getExternalContext(Object context, Object request, Object response) {
            return new ExternalContextWrapper(getWrapped().getExternalContext(context, request, response)) {
                @Override
                public void redirect(String url) throws IOException {
                    FacesContext faces = FacesContext.getCurrentInstance();
                    if (faces != null) {
                        keep(faces);
                    }
                    super.redirect(url);
                }
            };
        }
    }

    private static boolean shown(FacesContext faces, Held h) {
        return faces.getMessageList(h.clientId()).stream().anyMatch(m -> m.getSeverity() == h.message().getSeverity()
                && Objects.equals(m.getSummary(), h.message().getSummary()));
    }
}
