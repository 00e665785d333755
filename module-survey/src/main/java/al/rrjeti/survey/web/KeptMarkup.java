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
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspState;

/**
 * {@code <survey:kept kept="…" key="…">}: markup made once and kept with the results it shows. The
 * first rendering of its children under a key is kept among the results' derived values
 * ({@link ResultsMemory.Kept#derive}); later readers get that text without the children being
 * rendered (or visited) again, until the results go with the module's next change. So a results
 * page renders its tables and charts once per change, group and language, not once per reader.
 *
 * <p>The key must name everything the children show besides the results (the language). The
 * children must hold nothing that differs per reader or per response — no form or input, nothing
 * of the reader, no inline event handler ({@code on…} attributes: PrimeFaces moves those into a
 * script of the response) — except the Content-Security-Policy nonce of their scripts (a chart's):
 * the nonce of the response that rendered them is kept with the markup and replaced by each
 * response's own, as the kernel's page cache does with whole pages.
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
        Markup markup = kept.derive(key(), () -> {
            String text = render(context);
            String nonce = nonce(context);
            return new Markup(text, nonce != null && text.contains(nonce) ? nonce : null);
        });
        String nonce = markup.nonce() == null ? null : nonce(context);
        context.getResponseWriter().write(nonce == null || nonce.equals(markup.nonce()) ? markup.text()
                : markup.text().replace(markup.nonce(), nonce));
    }

    /** Kept markup, and the script nonce of the response that rendered it (null when it holds no script). */
    private record Markup(String text, String nonce) {
    }

    /** This response's script nonce (PrimeFaces' Content-Security-Policy), or null without one. */
    private static String nonce(FacesContext context) {
        CspState csp = PrimeFacesContext.getCspState(context);
        String nonce = csp == null ? null : csp.getNonce();
        return nonce == null || nonce.isEmpty() ? null : nonce;
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
