package al.rrjeti.kernel.files;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Drops an image's metadata by decoding its pixels and encoding them afresh: what comes out has
 * no EXIF (GPS position, camera, time), XMP or comment, only the picture. A photo that its camera
 * stored sideways with an EXIF orientation is turned upright first, since the orientation goes
 * with the rest of the metadata.
 */
public final class ImageMetadata {

    private ImageMetadata() {
    }

    /** @param type {@code image/jpeg} or {@code image/png} */
    public static byte[] strip(byte[] image, String type) {
        try {
            BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(image));
            if (pixels == null) {
                throw new IllegalArgumentException("not a readable image");
            }
            pixels = upright(pixels, orientation(image));
            ByteArrayOutputStream out = new ByteArrayOutputStream(image.length);
            if ("image/png".equals(type)) {
                ImageIO.write(pixels, "png", out);
                return out.toByteArray();
            }
            BufferedImage rgb = pixels;
            if (pixels.getColorModel().hasAlpha() || pixels.getType() == BufferedImage.TYPE_CUSTOM) {
                rgb = new BufferedImage(pixels.getWidth(), pixels.getHeight(), BufferedImage.TYPE_INT_RGB);
                rgb.createGraphics().drawImage(pixels, 0, 0, java.awt.Color.WHITE, null);
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.9f);
                writer.setOutput(ios);
                writer.write(null, new IIOImage(rgb, null, null), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The EXIF orientation (1 to 8; 1 = as stored), or 1 when the image has none or it cannot be read. */
    static int orientation(byte[] image) {
        try {
            ExifIFD0Directory exif = ImageMetadataReader.readMetadata(new ByteArrayInputStream(image))
                    .getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                int o = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                return o >= 1 && o <= 8 ? o : 1;
            }
        } catch (ImageProcessingException | MetadataException | IOException | RuntimeException unreadable) {
            // Metadata we cannot read changes nothing: the picture is kept as stored.
        }
        return 1;
    }

    /**
     * The picture as it should be seen: mirrored and/or turned as the EXIF orientation says
     * (2 mirrored, 3 half a turn, 4 upside down mirrored, 5 transposed, 6 a quarter turn clockwise,
     * 7 transversed, 8 a quarter turn counter-clockwise).
     */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        int width = turned ? h : w;
        int height = turned ? w : h;
        int[] from = image.getRGB(0, 0, w, h, null, 0, w);
        int[] to = new int[from.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int tx;
                int ty;
                switch (orientation) {
                    case 2 -> { tx = w - 1 - x; ty = y; }
                    case 3 -> { tx = w - 1 - x; ty = h - 1 - y; }
                    case 4 -> { tx = x; ty = h - 1 - y; }
                    case 5 -> { tx = y; ty = x; }
                    case 6 -> { tx = h - 1 - y; ty = x; }
                    case 7 -> { tx = h - 1 - y; ty = w - 1 - x; }
                    default -> { tx = y; ty = w - 1 - x; }
                }
                to[ty * width + tx] = from[y * w + x];
            }
        }
        BufferedImage result = new BufferedImage(width, height,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        result.setRGB(0, 0, width, height, to, 0, width);
        return result;
    }
}
