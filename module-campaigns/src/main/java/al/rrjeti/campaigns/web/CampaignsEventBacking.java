package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.application.EventService;
import al.rrjeti.campaigns.domain.CampaignEvent;
import al.rrjeti.campaigns.domain.RegistrationStatus;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code campaigns/event.xhtml}: one activity, registering and cancelling. */
@Named("campaignsEventBacking")
@ViewScoped
public class CampaignsEventBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient EventService events;

    @Inject
    private transient al.rrjeti.campaigns.application.OrganiserEdits edits;

    @Inject
    private transient Caller caller;

    @Inject
    private transient Messages messages;

    private Long id;
    private transient CampaignEvent event;

    public void load() {
        event = Pages.read(() -> events.event(id), caller.isLoggedIn());
    }

    public CampaignEvent getEvent() {
        if (event == null && id != null) {
            event = events.event(id);
        }
        return event;
    }

    public long getRegistered() {
        return events.count(id, RegistrationStatus.REGISTERED);
    }

    public long getWaiting() {
        return events.count(id, RegistrationStatus.WAITING);
    }

    /** The caller's registration, or null. */
    public RegistrationStatus getMine() {
        return events.myRegistration(id).orElse(null);
    }

    /** Whether the caller organises it (the edit link); the service checks again on saving. */
    public boolean isMayEdit() {
        return caller.isLoggedIn() && edits.mayEdit(getEvent());
    }

    public boolean isLoggedIn() {
        return caller.isLoggedIn();
    }

    public void register() {
        try {
            messages.info(events.register(id) == RegistrationStatus.WAITING ? "campaigns.registration.waiting"
                    : "campaigns.registration.done");
        } catch (BusinessException e) {
            messages.refused("registration", e);
        }
    }

    public void cancel() {
        messages.attempt("registration", () -> events.cancel(id), "campaigns.registration.cancelled");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
