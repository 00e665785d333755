package al.rrjeti.campaigns.application;

import al.rrjeti.kernel.api.i18n.BilingualText;
import java.time.LocalDateTime;

/**
 * An activity as its form holds it: local date and time in the event's zone (the configured
 * default, Europe/Tirane, when the form names none), a place or an online link, and a capacity
 * (empty: no limit).
 */
public record EventDraft(Long campaignId, String titleSq, String titleEn, String descriptionSq, String descriptionEn,
        LocalDateTime startsAt, LocalDateTime endsAt, String zone, String place, String onlineLink,
        Long organisationId, Integer capacity) {

    BilingualText title() {
        return BilingualText.of(Checks.clean(titleSq), Checks.clean(titleEn));
    }

    BilingualText description() {
        return BilingualText.of(Checks.clean(descriptionSq), Checks.clean(descriptionEn));
    }

    void check() {
        new Checks()
                .eitherLanguage("titleSq", titleSq, titleEn, "campaigns.event.title.required")
                .maxLength("titleSq", titleSq, 200).maxLength("titleEn", titleEn, 200)
                .maxLength("descriptionSq", descriptionSq, 50_000).maxLength("descriptionEn", descriptionEn, 50_000)
                .at("startsAt", startsAt == null, "campaigns.event.start.required")
                .at("endsAt", startsAt != null && endsAt != null && !endsAt.isAfter(startsAt), "campaigns.input.period")
                .at("place", Checks.blank(place) && Checks.blank(onlineLink), "campaigns.event.where.required")
                .maxLength("place", place, 300)
                .link("onlineLink", onlineLink)
                .at("zone", !Checks.blank(zone) && !java.time.ZoneId.getAvailableZoneIds().contains(zone.strip()),
                        "campaigns.event.zone.invalid")
                .at("capacity", capacity != null && (capacity < 0 || capacity > 100_000), "campaigns.event.capacity.invalid")
                .throwIfAny();
    }
}
