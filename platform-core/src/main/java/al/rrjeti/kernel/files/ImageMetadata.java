package al.rrjeti.kernel.files;

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
 * no EXIF (GPS position, camera, time), XMP or comment, only the picture.
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
}
