package al.rrjeti.kernel.organisation;

import al.rrjeti.kernel.api.files.FileKind;
import al.rrjeti.kernel.spi.UploadPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The organisation's registration form takes a logo and a proof of registration. */
@ApplicationScoped
public class OrganisationUploadPages implements UploadPages {

    @Override
    public Map<String, Long> uploadPages() {
        return Map.of("/organisations/register.xhtml", FileKind.LOGO.maxBytes() + FileKind.PROOF.maxBytes() + FORM_ROOM);
    }
}
