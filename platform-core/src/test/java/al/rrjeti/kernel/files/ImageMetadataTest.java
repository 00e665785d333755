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

    /** A 16×12 JPEG, red in its top-left corner as stored, with an EXIF orientation. */
    static byte[] jpegWithOrientation(int orientation) throws Exception {
        BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 16, 12);
        g.setColor(java.awt.Color.RED);
        g.fillRect(0, 0, 6, 6);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", plain);
        byte[] jpeg = plain.toByteArray();
        // APP1 "Exif": a big-endian TIFF header and IFD0 with one entry, Orientation (0x0112, SHORT)
        byte[] exif = {'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1,
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, 0, (byte) (exif.length + 2)});
        out.write(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static boolean red(BufferedImage image, int x, int y) {
        java.awt.Color c = new java.awt.Color(image.getRGB(x, y));
        return c.getRed() > 200 && c.getGreen() < 80 && c.getBlue() < 80;
    }

    @Test
    void aSidewaysPhotoIsStoredUpright() throws Exception {
        assertThat(ImageMetadata.orientation(jpegWithOrientation(6))).isEqualTo(6);
        // 6: the camera was turned a quarter clockwise; the stored top-left shows at the top right
        BufferedImage six = ImageIO.read(new ByteArrayInputStream(ImageMetadata.strip(jpegWithOrientation(6), "image/jpeg")));
        assertThat(six.getWidth()).isEqualTo(12);
        assertThat(six.getHeight()).isEqualTo(16);
        assertThat(red(six, 10, 1)).isTrue();
        assertThat(red(six, 1, 1)).isFalse();
        // 8: a quarter counter-clockwise; the stored top-left shows at the bottom left
        BufferedImage eight = ImageIO.read(new ByteArrayInputStream(ImageMetadata.strip(jpegWithOrientation(8), "image/jpeg")));
        assertThat(eight.getWidth()).isEqualTo(12);
        assertThat(red(eight, 1, 14)).isTrue();
        assertThat(red(eight, 1, 1)).isFalse();
        // 3: half a turn; bottom right
        BufferedImage three = ImageIO.read(new ByteArrayInputStream(ImageMetadata.strip(jpegWithOrientation(3), "image/jpeg")));
        assertThat(three.getWidth()).isEqualTo(16);
        assertThat(red(three, 14, 10)).isTrue();
        assertThat(red(three, 1, 1)).isFalse();
        // 1: as stored
        BufferedImage one = ImageIO.read(new ByteArrayInputStream(ImageMetadata.strip(jpegWithOrientation(1), "image/jpeg")));
        assertThat(red(one, 1, 1)).isTrue();
    }

    @Test
    void everyOrientationMapsTheCornersAsExifSays() {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 1); // stored top-left
        // where the stored top-left corner ends up, per orientation, in the upright picture
        int[][] corner = {{0, 0}, {2, 0}, {2, 1}, {0, 1}, {0, 0}, {1, 0}, {1, 2}, {0, 2}};
        for (int o = 1; o <= 8; o++) {
            BufferedImage up = ImageMetadata.upright(image, o);
            assertThat(up.getWidth()).as("width for %d", o).isEqualTo(o >= 5 ? 2 : 3);
            assertThat(up.getRGB(corner[o - 1][0], corner[o - 1][1]) & 0xFFFFFF).as("corner for %d", o).isEqualTo(1);
        }
    }

    @Test
    void unreadableMetadataLeavesThePictureAsStored() {
        byte[] broken = jpegWithExif(); // an APP1 segment that is not valid EXIF
        assertThat(ImageMetadata.orientation(broken)).isEqualTo(1);
        assertThat(ImageMetadata.orientation(new byte[] {1, 2, 3})).isEqualTo(1);
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
