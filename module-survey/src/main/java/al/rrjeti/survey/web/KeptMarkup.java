package al.rrjeti.survey.web;

import al.rrjeti.survey.application.ResultsMemory;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.component.visit.VisitCallback;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * {@code <survey:kept kept="…" key="…">}: markup made once and kept with the results it shows. The
 * first rendering of its children under a key is kept among the results' derived values
 * ({@link ResultsMemory.Kept#derive}); later readers get that text without the children being
 * rendered (or visited) again, until the results go with the module's next change. So a results
 * page renders its tables once per change, group and language, not once per reader.
 *
 * <p>The key must name everything the children show besides the results (the language). The
 * children must hold nothing that differs per reader or per response: no form or input, no script
 * (a script carries the response's CSP nonce), nothing of the reader.
 */
@FacesComponent(KeptMarkup.TYPE)
public class KeptMarkup extends UIComponentBase {

    public static final String TYPE = "al.rrjeti.survey.KeptMarkup";

    @Override
    public String getFamily() {
        return "al.rrjeti.survey";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    private ResultsMemory.Kept kept() {
        return (ResultsMemory.Kept) getAttributes().get("kept");
    }

    private String key() {
        return "markup/" + getAttributes().get("key");
    }

    @Override
    public void encodeChildren(FacesContext context) throws IOException {
        ResultsMemory.Kept kept = kept();
        if (kept == null) {
            super.encodeChildren(context);
            return;
        }
        String markup = kept.derive(key(), () -> render(context));
        context.getResponseWriter().write(markup);
    }

    private String render(FacesContext context) {
        ResponseWriter page = context.getResponseWriter();
        StringWriter markup = new StringWriter();
        context.setResponseWriter(page.cloneWithWriter(markup));
        try {
            for (UIComponent child : getChildren()) {
                child.encodeAll(context);
            }
            context.getResponseWriter().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            context.setResponseWriter(page);
        }
        return markup.toString();
    }

    /** Once its markup is kept, its children (no inputs, nothing to save) need no visit: only itself. */
    @Override
    public boolean visitTree(VisitContext context, VisitCallback callback) {
        ResultsMemory.Kept kept = kept();
        if (kept == null || !kept.has(key()) || !isVisitable(context)) {
            return super.visitTree(context, callback);
        }
        FacesContext faces = context.getFacesContext();
        pushComponentToEL(faces, this);
        try {
            return context.invokeVisitCallback(this, callback) == VisitResult.COMPLETE;
        } finally {
            popComponentFromEL(faces);
        }
    }
}
