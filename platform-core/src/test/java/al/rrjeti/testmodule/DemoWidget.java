package al.rrjeti.testmodule;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The home-page widget's data: the latest notes, as many as the operator's setting says. */
@Named("demoWidget")
@RequestScoped
public class DemoWidget {

    @Inject
    private DemoNotes notes;

    @Inject
    @ConfigProperty(name = DemoModule.WIDGET_SIZE, defaultValue = "3")
    private int size;

    public List<DemoNotes.Note> getNotes() {
        return notes.latest(size);
    }
}
