package al.rrjeti.kernel.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An image's width and height as its header declares them, read without decoding a pixel: a few
 * kilobytes of PNG can declare 25 million pixels, and decoding them would take hundreds of
 * megabytes of heap. Checked before anything decodes an upload.
 */
public record ImageDimensions(int width, int height) {

    public long pixels() {
        return (long) width * height;
    }

    /** The dimensions of the image in the file, or empty when no reader knows its header. */
    public static Optional<ImageDimensions> of(Path image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new ImageDimensions(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
