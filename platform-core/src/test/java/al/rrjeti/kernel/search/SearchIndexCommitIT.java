package al.rrjeti.kernel.search;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.spi.Audience;
import al.rrjeti.kernel.spi.SearchDocument;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A change to the search index is searchable at once and reaches the disk by itself within a few
 * seconds, with no later change to carry it: the index's repeating commit, started with the
 * application, writes what waits (a killed server then loses at most those seconds, and the
 * start-up rebuild catches them up).
 */
@ExtendWith(ArquillianExtension.class)
class SearchIndexCommitIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);

    @Inject
    private SearchIndex index;

    @Test
    void aChangeIsSearchableAtOnceAndOnDiskSoonAfterByItself() throws Exception {
        String key = "disk-" + RUN;
        String word = "diskprove" + RUN;
        index.update("demo", new SearchDocument(key, "Shënim " + word, "Tekst " + word, "/demo/", Audience.EVERYONE));
        assertThat(index.search(word, java.util.Locale.forLanguageTag("sq")).groups()).as("searchable at once").isNotEmpty();

        Path onDisk = Path.of(ConfigProvider.getConfig().getOptionalValue("rrjeti.data.dir", String.class)
                .orElse("rrjeti-data")).toAbsolutePath().resolve("search");
        long deadline = System.nanoTime() + 8_000_000_000L;
        int found = 0;
        while (found == 0 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            try (Directory directory = FSDirectory.open(onDisk); DirectoryReader disk = DirectoryReader.open(directory)) {
                found = disk.docFreq(new Term("id", "demo:" + key));
            }
        }
        assertThat(found).as("the change written to disk by the index's own repeating commit").isEqualTo(1);
        index.remove("demo", key);
    }
}
