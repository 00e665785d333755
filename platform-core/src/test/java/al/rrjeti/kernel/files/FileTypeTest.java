package al.rrjeti.kernel.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file store's type detection: by content, refined by the name only within what the content shows. */
class FileTypeTest {

    /** The start of a WebM file: the EBML header with its DocType "webm" (Tika's magic sees Matroska). */
    private static final byte[] WEBM = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x9F, 0x42, (byte) 0x86,
        (byte) 0x81, 0x01, 0x42, (byte) 0xF7, (byte) 0x81, 0x01, 0x42, (byte) 0xF2, (byte) 0x81, 0x04, 0x42,
        (byte) 0xF3, (byte) 0x81, 0x08, 0x42, (byte) 0x82, (byte) 0x84, 'w', 'e', 'b', 'm', 0x42, (byte) 0x87,
        (byte) 0x81, 0x04, 0x42, (byte) 0x85, (byte) 0x81, 0x02};

    @TempDir
    Path dir;

    @Test
    void aWebmVideoIsKnownByItsNameWithinWhatItsBytesShow() throws Exception {
        Path upload = Files.write(dir.resolve("upload-1.part"), WEBM);
        assertThat(FileStore.detect(upload, null)).isEqualTo("application/x-matroska");
        assertThat(FileStore.detect(upload, "udhezuesi.webm")).isEqualTo("video/webm");
    }

    @Test
    void aNameNeverMakesOtherBytesAVideo() throws Exception {
        Path program = Files.write(dir.resolve("upload-2.part"), new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4});
        assertThat(FileStore.detect(program, "udhezuesi.webm")).isNotEqualTo("video/webm");
        Path text = Files.writeString(dir.resolve("upload-3.part"), "<script>alert(1)</script>");
        assertThat(FileStore.detect(text, "udhezuesi.webm")).isNotEqualTo("video/webm");
    }
}
