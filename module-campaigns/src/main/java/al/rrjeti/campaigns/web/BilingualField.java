package al.rrjeti.campaigns.web;

import al.rrjeti.kernel.api.i18n.BilingualText;
import java.io.Serializable;

/**
 * A text a form asks for in Albanian and in English, side by side ({@code #{form.title.sq}},
 * {@code #{form.title.en}}); the services decide which of the two are required.
 */
public class BilingualField implements Serializable {
    private static final long serialVersionUID = 1L;

    private String sq;
    private String en;

    /** The field filled with a saved text (empty for none). */
    static BilingualField of(BilingualText saved) {
        BilingualField f = new BilingualField();
        if (saved != null) {
            f.sq = saved.getSq();
            f.en = saved.getEn();
        }
        return f;
    }

    public String getSq() {
        return sq;
    }

    public void setSq(String sq) {
        this.sq = sq;
    }

    public String getEn() {
        return en;
    }

    public void setEn(String en) {
        this.en = en;
    }
}
