package al.rrjeti.kernel.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileServletRangeTest {

    @Test
    void readsTheUsualRanges() {
        assertThat(FileServlet.range("bytes=0-3", 100)).containsExactly(0, 3);
        assertThat(FileServlet.range("bytes=90-", 100)).containsExactly(90, 99);
        assertThat(FileServlet.range("bytes=-10", 100)).containsExactly(90, 99);
        assertThat(FileServlet.range("bytes=50-500", 100)).containsExactly(50, 99);
    }

    @Test
    void noRangeOrUnsatisfiable() {
        assertThat(FileServlet.range(null, 100)).isNull();
        assertThat(FileServlet.range("items=0-1", 100)).isNull();
        assertThat(FileServlet.range("bytes=0-1,5-6", 100)).isNull();
        assertThat(FileServlet.range("bytes=x-y", 100)).isNull();
        assertThat(FileServlet.range("bytes=200-300", 100)).isEmpty();
    }
}
