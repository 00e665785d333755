package al.rrjeti.campaigns;

import al.rrjeti.campaigns.api.CampaignsResource;
import al.rrjeti.campaigns.api.EventsResource;
import al.rrjeti.campaigns.api.PositionsResource;
import al.rrjeti.campaigns.api.UnsubscribeResource;
import al.rrjeti.campaigns.api.ViewsResource;
import al.rrjeti.campaigns.infrastructure.CampaignsFileAccess;
import al.rrjeti.campaigns.web.CampaignsUploadPages;
import al.rrjeti.campaigns.application.ActivityReminders;
import al.rrjeti.campaigns.application.CampaignsDemo;
import al.rrjeti.campaigns.application.PageViews;
import al.rrjeti.campaigns.application.PositionService;
import al.rrjeti.campaigns.infrastructure.CampaignsPersonalData;
import al.rrjeti.kernel.spi.Audience;
import al.rrjeti.kernel.spi.ModuleDescriptor;
import al.rrjeti.kernel.spi.PlatformModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/** The campaigns module's one descriptor: everything the kernel knows about the module is here. */
@ApplicationScoped
public class CampaignsModule implements PlatformModule {

    public static final String ID = "campaigns";
    public static final String MESSAGES = "al.rrjeti.campaigns.messages";

    /** Draft joint positions for one's verified CSO (membership is checked as well). */
    public static final String POSITION = "campaigns.position";
    /** Create campaigns and activities for one's verified organisation. */
    public static final String ORGANISE = "campaigns.organise";
    /** Editors: create for the platform itself, attach institutions' answers. */
    public static final String EDIT = "campaigns.edit";

    /** A place at an activity came free and is yours. */
    public static final String PROMOTED = "campaigns.promoted";
    /** A campaign you follow has a new activity. */
    public static final String ACTIVITY = "campaigns.activity";
    /** An activity you registered for changed. */
    public static final String CHANGED = "campaigns.changed";
    /** An activity you hold a place at is soon. */
    public static final String REMINDER = "campaigns.reminder";
    /** A new activity of a campaign on a topic you follow (an audience or a theme). */
    public static final String TOPIC = "campaigns.topic";
    /** The initiators decided on a change you proposed to a joint position. */
    public static final String PROPOSAL = "campaigns.proposal";

    @Inject
    private PositionService positions;

    @Inject
    private CampaignsDemo demo;

    @Inject
    private ActivityReminders reminders;

    @Inject
    private PageViews views;

    @Override
    public ModuleDescriptor descriptor() {
        return ModuleDescriptor.builder(ID, "1.0.0")
                .name("Fushata", "Campaigns")
                .requiresKernel("[1.0,2.0)")
                .messages(MESSAGES)
                .navigation("/campaigns/", "campaigns.nav", "pi pi-megaphone", Audience.EVERYONE, 30)
                .restrict("/campaigns/position-edit", Audience.MEMBERS)
                .restrict("/campaigns/organise", Audience.ACCOUNTS)
                .restrict("/campaigns/campaign-edit", Audience.ACCOUNTS)
                .restrict("/campaigns/event-edit", Audience.ACCOUNTS)
                .restrict("/campaigns/topics", Audience.ACCOUNTS)
                .restrict("/campaigns/newsletter", Audience.ACCOUNTS)
                .restrict("/campaigns/reach", Audience.ACCOUNTS)
                .permission(POSITION, "cso_member")
                .permission(ORGANISE, "cso_member", "institution_member", "editor", "operator")
                .permission(EDIT, "editor", "operator")
                .notification(PROMOTED, "campaigns.notification.promoted", true)
                .notification(ACTIVITY, "campaigns.notification.activity", true)
                .notification(CHANGED, "campaigns.notification.changed", true)
                .notification(PROPOSAL, "campaigns.notification.proposal", true)
                .notification(REMINDER, "campaigns.notification.reminder", true)
                .notification(TOPIC, "campaigns.notification.topic", true)
                .changelog("META-INF/rrjeti/campaigns/changelog.xml")
                .job("campaigns.publish-due", Duration.ofHours(1), () -> positions.publishDue())
                .job("campaigns.reminders", Duration.ofMinutes(15), () -> reminders.sendDue())
                .job("campaigns.views", Duration.ofMinutes(1), () -> views.flush())
                .rest(CampaignsResource.class, EventsResource.class, PositionsResource.class, UnsubscribeResource.class,
                        ViewsResource.class)
                .files(CampaignsFileAccess.class)
                .uploads(CampaignsUploadPages.class)
                .stylesheet("/campaigns/campaigns.css")
                .personalData(CampaignsPersonalData.class)
                .setting("rrjeti.campaigns.event-zone", "Europe/Tirane",
                        "Zona kohore në të cilën lexohen data dhe ora e një aktiviteti kur organizatori nuk jep tjetër",
                        "Time zone an activity's date and time are read in when its organiser gives none")
                .setting("rrjeti.campaigns.feed.days-ahead", "365",
                        "Sa ditë përpara liston aktivitetet kalendari iCalendar",
                        "How many days ahead the iCalendar feed lists activities")
                .setting("rrjeti.campaigns.feed.days-behind", "30",
                        "Sa ditë prapa liston ende aktivitetet kalendari iCalendar (programet e kalendarit fshijnë"
                                + " ato që dalin nga kalendari)",
                        "How many days back the iCalendar feed still lists activities (calendar programs delete"
                                + " what leaves the feed)")
                .setting("rrjeti.campaigns.reminder.hours-before", "24",
                        "Sa orë para një aktiviteti u kujtohet atyre që kanë vend në të",
                        "How many hours before an activity the people holding a place are reminded")
                .setting("rrjeti.campaigns.position.attachment-mb", "10",
                        "Madhësia më e madhe (MB) e një dokumenti që i bashkëlidhet një qëndrimi të përbashkët",
                        "The largest document (MB) that may be attached to a joint position")
                .setting("rrjeti.campaigns.newsletter.unsubscribe-mailbox", null,
                        "Adresa që lexon operatori për çregjistrimet me email nga buletinet (bosh: vetëm lidhja)",
                        "Mailbox the operator reads for newsletter unsubscribe requests by mail (empty: the link only)")
                .build();
    }

    @Override
    public void seedDemo() {
        demo.seed();
    }

    @Override
    public int removeDemo() {
        return demo.remove();
    }
}
