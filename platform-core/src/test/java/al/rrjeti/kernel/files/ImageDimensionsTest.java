package al.rrjeti.kernel.files;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImageDimensionsTest {

    @Test
    void readsTheDeclaredSizeOfASmallFileThatDeclaresAHugeImage() throws Exception {
        byte[] png = Fixtures.pngDeclaring(5000, 5000);
        assertThat(png.length).as("a tiny file").isLessThan(64 * 1024);
        Path file = Files.write(Files.createTempFile("huge", ".png"), png);
        assertThat(ImageDimensions.of(file)).contains(new ImageDimensions(5000, 5000));
        assertThat(ImageDimensions.of(file).orElseThrow().pixels()).isEqualTo(25_000_000L);
    }

    @Test
    void aFileWithoutAnImageHeaderHasNoDimensions() throws Exception {
        Path file = Files.write(Files.createTempFile("text", ".png"), "not an image".getBytes());
        assertThat(ImageDimensions.of(file)).isEmpty();
    }
}
