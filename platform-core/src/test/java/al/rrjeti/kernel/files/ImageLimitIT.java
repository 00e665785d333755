package al.rrjeti.kernel.files;

import al.rrjeti.kernel.api.files.FileKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.i18n.Texts;
import al.rrjeti.kernel.testing.Fixtures;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Images are measured by their header before anything decodes them: a PNG of a few kilobytes
 * declaring 5000 × 5000 pixels is refused with a message in both languages; logos, proofs and
 * forum attachments all pass through this store.
 */
@ExtendWith(ArquillianExtension.class)
class ImageLimitIT {

    @Inject
    private FileStore files;

    @Inject
    private Texts texts;

    @Test
    void anImageDeclaringMorePixelsThanTheLimitIsRefusedBeforeDecoding() {
        byte[] huge = Fixtures.pngDeclaring(5000, 5000);
        assertThatThrownBy(() -> files.store(new ByteArrayInputStream(huge), "huge.png", FileKind.LOGO, "logo"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    InvalidInputException.Violation v = e.violations().get(0);
                    assertThat(v.messageKey()).isEqualTo("file.too-many-pixels");
                    assertThat(v.field()).isEqualTo("logo");
                    assertThat(texts.kernel(Locale.forLanguageTag("sq"), v.messageKey(), v.arguments().toArray()))
                            .contains("16 megapiksela");
                    assertThat(texts.kernel(Locale.ENGLISH, v.messageKey(), v.arguments().toArray()))
                            .contains("16 megapixels");
                });
        assertThatThrownBy(() -> files.store(new ByteArrayInputStream(huge), "ekstrakt.png", FileKind.PROOF, "proof"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anOrdinaryImageIsStored() {
        assertThat(files.store(new ByteArrayInputStream(Fixtures.png()), "logo.png", FileKind.LOGO, "logo").getId())
                .isNotNull();
    }
}
