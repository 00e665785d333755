package al.rrjeti.kernel.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VersionRangeTest {

    @Test
    void versionsCompareNumericallyPartByPart() {
        assertThat(Version.of("1.10.0")).isGreaterThan(Version.of("1.9.9"));
        assertThat(Version.of("2")).isEqualTo(Version.of("2.0.0"));
        assertThat(Version.of("1.2").toString()).isEqualTo("1.2.0");
    }

    @Test
    void rejectsWhatIsNotAVersion() {
        assertThatThrownBy(() -> Version.of("1.x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Version.of("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void halfOpenRange() {
        VersionRange r = VersionRange.of("[1.0,2.0)");
        assertThat(r.includes(Version.of("1.0.0"))).isTrue();
        assertThat(r.includes(Version.of("1.99.3"))).isTrue();
        assertThat(r.includes(Version.of("2.0.0"))).isFalse();
        assertThat(r.includes(Version.of("0.9.9"))).isFalse();
    }

    @Test
    void exclusiveLowerAndInclusiveUpper() {
        VersionRange r = VersionRange.of("(1.0, 1.5]");
        assertThat(r.includes(Version.of("1.0"))).isFalse();
        assertThat(r.includes(Version.of("1.0.1"))).isTrue();
        assertThat(r.includes(Version.of("1.5"))).isTrue();
    }

    @Test
    void openBoundsAndBareMinimum() {
        assertThat(VersionRange.of("[1.2,)").includes(Version.of("9.0"))).isTrue();
        assertThat(VersionRange.of("(,2.0)").includes(Version.of("0.1"))).isTrue();
        assertThat(VersionRange.of("1.2").includes(Version.of("1.1.9"))).isFalse();
        assertThat(VersionRange.of("1.2").includes(Version.of("3.0"))).isTrue();
    }

    @Test
    void emptyRangeIsRefused() {
        assertThatThrownBy(() -> VersionRange.of("[2.0,1.0]")).isInstanceOf(IllegalArgumentException.class);
    }
}
