package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.application.EventService;
import al.rrjeti.campaigns.application.OrganiserEdits;
import al.rrjeti.campaigns.domain.CampaignEvent;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code campaigns/event-edit.xhtml}: its organisers change an activity; registered people are told. */
@Named("campaignsEventEditBacking")
@ViewScoped
public class CampaignsEventEditBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient EventService events;

    @Inject
    private transient OrganiserEdits edits;

    @Inject
    private transient Caller caller;

    @Inject
    private transient Messages messages;

    private Long id;
    /** The activity's version when the form was opened, so a save never overwrites someone else's. */
    private Long seenVersion;
    private EventForm form = new EventForm();

    /** Fills the form once, times in the activity's own zone; others get 403, an unknown one 404. */
    public void load() {
        if (seenVersion != null) {
            return;
        }
        CampaignEvent e = Forms.editable(() -> events.event(id), edits::mayEdit, caller.isLoggedIn());
        if (e == null) {
            return;
        }
        seenVersion = e.getRowVersion();
        form = EventForm.of(e);
    }

    public void save() {
        OrganiserEdits.EventChange change = Forms.save(messages, "event",
                () -> edits.editEvent(id, form.draft(null), seenVersion),
                () -> seenVersion = events.event(id).getRowVersion());
        if (change != null) {
            if (change.overCapacity() > 0) {
                messages.info("campaigns.event.over-capacity", change.overCapacity());
            }
            Forms.done(messages, "campaigns.event.saved", "/campaigns/event.xhtml?id=" + id);
        }
    }

    /** Calls the activity off (registered people are told) and shows it, marked. */
    public void cancelActivity() {
        if (Forms.save(messages, "calloff", () -> edits.cancelEvent(id), null) != null) {
            Forms.done(messages, "campaigns.event.cancel.done", "/campaigns/event.xhtml?id=" + id);
        }
    }

    public EventForm getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
