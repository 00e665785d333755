package al.rrjeti.campaigns.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules the entities and value objects keep themselves. */
class CampaignsDomainTest {

    private static final PositionText TEXT = new PositionText("Titulli", "Title", "Teksti.", "Text.");

    @Test
    void theHashChangesWithAnyPartAndWithWordsMovedBetweenParts() {
        assertThat(TEXT.sha256()).hasSize(64).isEqualTo(new PositionText("Titulli", "Title", "Teksti.", "Text.").sha256());
        assertThat(new PositionText("Titulli", "Title", "Teksti!", "Text.").sha256()).isNotEqualTo(TEXT.sha256());
        assertThat(new PositionText("ab", null, "c", null).sha256())
                .isNotEqualTo(new PositionText("a", null, "bc", null).sha256());
    }

    @Test
    void signaturesOfAnEarlierTextNeedRenewalAndDoNotCount() {
        Position p = new Position(1L, 2L, TEXT, new Addressee("Ligji", "Ministria", "a@b.al", null),
                new PublicationRule(2, null), Instant.now());
        Signature s = new Signature(7L, 3L, 4L, p.getVersionNumber(), p.getTextHash(), Instant.now());
        assertThat(s.validFor(p)).isTrue();
        assertThat(p.rewrite(new PositionText("Titulli", "Title", "Teksti i ri.", "Text."))).isEqualTo(2);
        assertThat(s.validFor(p)).isFalse();
        assertThat(s.needsRenewal(p)).isTrue();
        s.withdraw("Arsyeja", Instant.now());
        assertThat(s.needsRenewal(p)).as("a withdrawn signature asks nothing").isFalse();
    }

    @Test
    void aPublishedPositionIsFrozen() {
        Position p = new Position(1L, 2L, TEXT, new Addressee("Ligji", "Ministria", "a@b.al", null),
                new PublicationRule(1, null), Instant.now());
        p.open();
        p.publish(Instant.now());
        assertThat(p.getStatus().frozen()).isTrue();
        assertThatThrownBy(() -> p.rewrite(TEXT)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void thePublicationRuleCountsSignaturesAndWaitsForItsDayWithAtLeastOne() {
        LocalDate day = LocalDate.of(2027, 3, 1);
        assertThat(new PublicationRule(3, null).reachedBy(2)).isFalse();
        assertThat(new PublicationRule(3, null).reachedBy(3)).isTrue();
        assertThat(new PublicationRule(null, day).reachedBy(100)).isFalse();
        assertThat(new PublicationRule(null, day).dueOn(day.minusDays(1), 2)).isFalse();
        assertThat(new PublicationRule(null, day).dueOn(day, 0)).as("nobody signed").isFalse();
        assertThat(new PublicationRule(null, day).dueOn(day, 1)).isTrue();
    }

    @Test
    void anEventWithoutCapacityAlwaysHasRoom() {
        CampaignEvent limited = new CampaignEvent(null, al.rrjeti.kernel.api.i18n.BilingualText.of("T", null), null, Instant.now(), Instant.now(),
                java.time.ZoneId.of("Europe/Tirane"), "Tiranë", null, null, 2, 1L, Instant.now());
        assertThat(limited.hasRoomAfter(1)).isTrue();
        assertThat(limited.hasRoomAfter(2)).isFalse();
        CampaignEvent open = new CampaignEvent(null, al.rrjeti.kernel.api.i18n.BilingualText.of("T", null), null, Instant.now(), Instant.now(),
                java.time.ZoneId.of("Europe/Tirane"), "Tiranë", null, null, null, 1L, Instant.now());
        assertThat(open.hasRoomAfter(10_000)).isTrue();
    }

    @Test
    void paragraphsAreBlocksBetweenBlankLinesAndReplacingOneKeepsTheRest() {
        String text = "# Titull\n\nRreshti një\nrreshti dy.\n \n\n- pika\n";
        assertThat(Paragraphs.of(text)).containsExactly("# Titull", "Rreshti një\nrreshti dy.", "- pika");
        assertThat(Paragraphs.replace(text, 1, " I ri. ")).isEqualTo("# Titull\n\nI ri.\n \n\n- pika\n");
        assertThat(Paragraphs.replace(text, 5, "x")).isEqualTo(text);
        assertThat(Paragraphs.of(null)).isEmpty();
        assertThat(Paragraphs.of("  \n\n ")).isEmpty();
    }
}
