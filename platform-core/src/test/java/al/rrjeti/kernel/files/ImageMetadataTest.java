package al.rrjeti.kernel.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageMetadataTest {

    static byte[] jpegWithExif() {
        return al.rrjeti.kernel.testing.Fixtures.jpegWithGps();
    }

    @Test
    void aJpegLosesItsExifButKeepsItsPicture() throws Exception {
        byte[] original = jpegWithExif();
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains("GPSLatitude");
        byte[] clean = ImageMetadata.strip(original, "image/jpeg");
        assertThat(new String(clean, StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("GPS");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(clean));
        assertThat(back.getWidth()).isEqualTo(16);
        assertThat(back.getHeight()).isEqualTo(12);
    }

    @Test
    void aPngLosesItsTextChunks() throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        byte[] png = out.toByteArray();
        // insert a tEXt chunk after the 8-byte signature and the 25-byte IHDR chunk
        byte[] text = "Comment\0Taken at Rruga e Kavajes".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        chunk.write(new byte[] {0, 0, 0, (byte) text.length});
        byte[] typeAndData = new byte[4 + text.length];
        System.arraycopy("tEXt".getBytes(StandardCharsets.ISO_8859_1), 0, typeAndData, 0, 4);
        System.arraycopy(text, 0, typeAndData, 4, text.length);
        chunk.write(typeAndData);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(typeAndData);
        long c = crc.getValue();
        chunk.write(new byte[] {(byte) (c >> 24), (byte) (c >> 16), (byte) (c >> 8), (byte) c});
        ByteArrayOutputStream withText = new ByteArrayOutputStream();
        withText.write(png, 0, 33);
        withText.write(chunk.toByteArray());
        withText.write(png, 33, png.length - 33);
        assertThat(ImageIO.read(new ByteArrayInputStream(withText.toByteArray()))).isNotNull();

        byte[] clean = ImageMetadata.strip(withText.toByteArray(), "image/png");
        assertThat(new String(clean, StandardCharsets.ISO_8859_1)).doesNotContain("Kavajes");
        assertThat(ImageIO.read(new ByteArrayInputStream(clean)).getWidth()).isEqualTo(8);
    }
}
