package al.rrjeti.testmodule;

import al.rrjeti.kernel.spi.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** The notes a person wrote: handed over on request, deleted with the account. */
@ApplicationScoped
public class DemoPersonalData implements PersonalData {

    @Inject
    private DemoNotes notes;

    @Override
    public Map<String, Object> export(Long personId) {
        return Map.of("notes", notes.byAuthor(personId).stream()
                .map(n -> Map.<String, Object>of("id", n.id(), "text", n.text())).toList());
    }

    @Override
    public void erase(Long personId) {
        notes.eraseAuthor(personId);
    }
}
