package al.rrjeti.kernel.web.cache;

import jakarta.faces.component.ActionSource;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewAction;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.behavior.ClientBehaviorHolder;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.EnumSet;

/**
 * A page shown to an anonymous reader with nothing the reader could send back (no field, no button,
 * no Ajax behaviour rendered) is made stateless before it is rendered: its view is not kept in a
 * session, its forms carry {@code stateless} as their view state, and the page is the same for every
 * anonymous reader, so {@link AnonymousReading} may keep it. A page with a form an anonymous visitor
 * fills in (log-in, survey answers) keeps its state as ever.
 */
public class StatelessReading implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIViewRoot root = context.getViewRoot();
        if (root == null || root.isTransient() || context.isPostback()
                || context.getExternalContext().getUserPrincipal() != null) {
            return;
        }
        if (!postable(context, root)) {
            root.setTransient(true);
        }
    }

    /** Whether the rendered page holds something that posts back to this view. */
    static boolean postable(FacesContext context, UIViewRoot root) {
        boolean[] found = {false};
        UIComponent metadata = root.getFacet(UIViewRoot.METADATA_FACET_NAME);
        root.visitTree(VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED)),
                (visit, component) -> {
                    if (component == metadata) {
                        return VisitResult.REJECT;
                    }
                    if (component instanceof UIViewParameter || component instanceof UIViewAction) {
                        return VisitResult.ACCEPT;
                    }
                    if (component instanceof EditableValueHolder || component instanceof ActionSource
                            || component instanceof ClientBehaviorHolder holder && !holder.getClientBehaviors().isEmpty()) {
                        found[0] = true;
                        return VisitResult.COMPLETE;
                    }
                    return VisitResult.ACCEPT;
                });
        return found[0];
    }
}
