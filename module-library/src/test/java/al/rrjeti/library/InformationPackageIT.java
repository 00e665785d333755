package al.rrjeti.library;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.library.application.InformationPackage;
import al.rrjeti.library.domain.InfoEntry;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The initial information package: imported at the module's first start, once however often it runs. */
@ExtendWith(ArquillianExtension.class)
class InformationPackageIT {

    @Inject
    private InformationPackage pack;

    @Test
    void everySectionIsImportedOnceAndASecondImportChangesNothing() {
        Map<String, Integer> expected = Map.of("institutions", 16, "channels", 10, "case_paths", 2,
                "legal_framework", 10, "international", 7, "indicators", 1, "perception", 10, "csos", 8);
        expected.forEach((section, count) -> assertThat(fromPackage(section)).as(section).hasSize(count));

        assertThat(pack.importBundled()).as("nothing changed").isZero();
        expected.forEach((section, count) -> assertThat(fromPackage(section)).as(section).hasSize(count));

        InfoEntry spak = fromPackage("institutions").get(0); // the other test's entry stays in the database
        assertThat(spak.getCode()).isEqualTo("spak");
        assertThat(spak.getStatus()).isEqualTo("confirmed");
        assertThat(pack.data(spak).get("description_sq").toString()).contains("Strukturë e pavarur e prokurorisë");
        assertThat(spak.getLastChecked()).isNotNull();
    }

    /** The section's entries that come from the package (not those the other test adds). */
    private java.util.List<InfoEntry> fromPackage(String section) {
        return pack.section(section).stream().filter(e -> !e.getCode().startsWith("test_")).toList();
    }

    @Test
    void aChangedPackageUpdatesInPlace() {
        String yaml = "institutions:\n  - id: test_body\n    name_en: Test body\n    name_sq: Organ prove\n"
                + "    status: unconfirmed\n";
        assertThat(pack.importFrom(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)))).isEqualTo(1);
        String changed = yaml.replace("Organ prove", "Organ prove i ndryshuar");
        assertThat(pack.importFrom(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)))).isEqualTo(1);
        assertThat(pack.section("institutions")).filteredOn(e -> e.getCode().equals("test_body")).singleElement()
                .satisfies(e -> assertThat(e.getTitle().in(java.util.Locale.forLanguageTag("sq"))).isEqualTo("Organ prove i ndryshuar"));
    }
}
