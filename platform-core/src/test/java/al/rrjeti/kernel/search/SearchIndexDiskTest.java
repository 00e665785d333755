package al.rrjeti.kernel.search;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.spi.Audience;
import al.rrjeti.kernel.spi.SearchDocument;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.junit.jupiter.api.Test;

/**
 * Changes are searchable at once and written to disk later; an index that a killed server left
 * (changes readers saw, not yet on disk) is rebuilt at the next start, one closed with the server
 * is not.
 */
class SearchIndexDiskTest {

    @Test
    void anIndexClosedWithTheServerIsKeptOneLeftByAKillIsRebuilt() throws Exception {
        Path data = Files.createTempDirectory("rrjeti-search");

        SearchIndex first = index(data);
        first.open();
        first.update("demo", new SearchDocument("1", "Prokurimi publik", "Raport", "/demo/1", Audience.EVERYONE));
        assertThat(searchable(first)).as("searchable before any commit to disk").isEqualTo(1);
        first.close();

        SearchIndex second = index(data);
        second.open();
        assertThat(second.isEmpty()).isFalse();
        assertThat(field(second, "closedCleanly")).as("closed with the server").isEqualTo(true);
        second.update("demo", new SearchDocument("2", "Integriteti", "Udhëzues", "/demo/2", Audience.EVERYONE));
        ((IndexWriter) field(second, "writer")).rollback(); // a kill: nothing more reaches the disk

        SearchIndex third = index(data);
        third.open();
        assertThat(field(third, "closedCleanly")).as("left by a kill").isEqualTo(false);
        assertThat(third.needsRebuild()).as("so rebuilt from the database").isTrue();
        third.close();
    }

    private static SearchIndex index(Path data) throws Exception {
        SearchIndex index = new SearchIndex();
        Field dir = SearchIndex.class.getDeclaredField("dataDir");
        dir.setAccessible(true);
        dir.set(index, data.toString());
        return index;
    }

    /** How many documents a search of the index finds now (its searcher brought up to the writer, as a search does). */
    private static int searchable(SearchIndex index) throws Exception {
        org.apache.lucene.search.SearcherManager searchers = (org.apache.lucene.search.SearcherManager) field(index, "searchers");
        searchers.maybeRefreshBlocking();
        org.apache.lucene.search.IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    private static Object field(SearchIndex index, String name) throws Exception {
        Field f = SearchIndex.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(index);
    }
}
