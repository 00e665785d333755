package al.rrjeti.kernel.search;

import al.rrjeti.kernel.module.InstalledModule;
import al.rrjeti.kernel.module.ModuleRegistry;
import al.rrjeti.kernel.security.CurrentUser;
import al.rrjeti.kernel.spi.Audience;
import al.rrjeti.kernel.spi.SearchDocument;
import al.rrjeti.kernel.spi.SearchProvider;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The kernel's search (Apache Lucene), fed by the modules' {@link SearchProvider}s. Results
 * respect who is asking ({@link Audience}) and which modules are active. The index lives in the
 * data directory; it is rebuilt from the database on demand, and kept current as modules report
 * changes (applied when their transaction commits).
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    private static final int MAX_HITS = 50;
    /**
     * What the index on disk was built with; an index of another format is rebuilt at start.
     * 2: each language in its own fields, Albanian stemming that joins a word's forms.
     * 3: each document's reader group ({@code *} for its whole audience).
     */
    static final String FORMAT = "3";
    /** The group of documents for their whole audience. */
    static final String NO_GROUP = "*";
    private static final String FORMAT_KEY = "rrjeti.format";
    /**
     * "true" in the last commit only when the index was closed with the server: a server killed
     * meanwhile may have left changes that readers saw but the disk did not keep, so the index is
     * rebuilt at the next start.
     */
    private static final String CLOSED_KEY = "rrjeti.closed";
    /** Changes are written to disk at most this long after they are searchable. */
    static final long COMMIT_DELAY_MS = 2_000;

    @Inject
    @ConfigProperty(name = "rrjeti.data.dir", defaultValue = "rrjeti-data")
    private String dataDir;


    @Inject
    private ModuleRegistry registry;

    @Inject
    private CurrentUser caller;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Resource
    private jakarta.enterprise.concurrent.ManagedScheduledExecutorService scheduler;

    /** Whether changes wait for the disk (they are searchable before they are on disk). */
    private boolean uncommitted;

    /** Writes waiting changes to disk every {@link #COMMIT_DELAY_MS}; null without a scheduler (unit tests). */
    private java.util.concurrent.ScheduledFuture<?> committer;

    private boolean closedCleanly;

    private final Analyzer analyzer = new org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper(
            new AlbanianAnalyzer(), Map.of("title_en", englishAnalyzer(), "text_en", englishAnalyzer()));
    private String openedFormat;
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;

    /** Opens the index (before the modules start, so that their seed content can be indexed). */
    public synchronized void open() {
        try {
            try {
                Path path = Path.of(dataDir).toAbsolutePath().resolve("search");
                Files.createDirectories(path);
                directory = FSDirectory.open(path);
                openedFormat = commitData(directory).get(FORMAT_KEY);
                writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            } catch (IOException e) {
                // Typically a lock left by an earlier deployment of this server: search still works, from memory.
                LOG.log(Level.WARNING, "Search index on disk unavailable; keeping it in memory", e);
                directory = new ByteBuffersDirectory();
                writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            }
            searchers = new SearcherManager(writer, null);
            closedCleanly = "true".equals(commitData(directory).get(CLOSED_KEY));
            // Until this server closes the index, the disk says "not closed": a kill in between means a rebuild.
            Map<String, String> data = new java.util.HashMap<>(commitData(directory));
            data.put(CLOSED_KEY, "false");
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startCommitter();
    }

    /**
     * One repeating task, started here at the application's start, not a task handed over on
     * each save: a task handed to the server's executor from a request carries that request's
     * context, and the executor, done with it, closed the request's entity manager under it
     * (the request then failed with a 500).
     */
    private void startCommitter() {
        if (scheduler == null || committer != null) {
            return;
        }
        try {
            committer = scheduler.scheduleWithFixedDelay(this::commitNow, COMMIT_DELAY_MS, COMMIT_DELAY_MS,
                    java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search index: no scheduler; every change is written to disk at once", e);
        }
    }

    private static Map<String, String> commitData(Directory directory) {
        try {
            return org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData();
        } catch (IOException e) {
            return Map.of();
        }
    }

    public synchronized boolean isEmpty() {
        return writer.getDocStats().numDocs == 0;
    }

    /** Whether the index must be built again: empty, built by an earlier version of the search, or left by a killed server. */
    public synchronized boolean needsRebuild() {
        return isEmpty() || !FORMAT.equals(openedFormat) || !closedCleanly;
    }

    private static Analyzer englishAnalyzer() {
        return new org.apache.lucene.analysis.en.EnglishAnalyzer();
    }

    public synchronized void close() {
        if (committer != null) {
            committer.cancel(false);
            committer = null;
        }
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null && writer.isOpen()) {
                writer.setLiveCommitData(Map.of(FORMAT_KEY, String.valueOf(openedFormat), CLOSED_KEY, "true").entrySet());
                writer.commit();
                writer.close();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Search index did not close cleanly", e);
        }
    }

    /** Throws the index away and asks every module for its documents again; returns how many. */
    public synchronized int rebuild() {
        try {
            writer.deleteAll();
            int count = 0;
            // Every installed module's documents, switched on or not: results are filtered by the
            // active modules when read, so switching a module back on needs no rebuild.
            for (InstalledModule m : registry.all()) {
                for (SearchProvider provider : m.descriptor().searchProviders()) {
                    try {
                        for (SearchDocument d : (Iterable<SearchDocument>) provider.documents()::iterator) {
                            writer.addDocument(toLucene(m.id(), d));
                            count++;
                        }
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Module " + m.id() + " could not list its search documents", e);
                    }
                }
            }
            writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT, CLOSED_KEY, "false").entrySet());
            openedFormat = FORMAT;
            closedCleanly = true;
            writer.commit();
            searchers.maybeRefresh();
            int indexed = count;
            LOG.info(() -> "Search index rebuilt: " + indexed + " documents");
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces a module's document, once the caller's transaction commits. */
    public void update(String moduleId, SearchDocument document) {
        afterCommit(() -> {
            writer.updateDocument(new Term("id", moduleId + ":" + document.key()), toLucene(moduleId, document));
            commitSoon();
        });
    }

    /** Removes a module's document, once the caller's transaction commits. */
    public void remove(String moduleId, String key) {
        afterCommit(() -> {
            writer.deleteDocuments(new Term("id", moduleId + ":" + key));
            commitSoon();
        });
    }

    /**
     * Writes the changes to disk a little later, once for all that come meanwhile: a commit waits
     * for the disk (tens of milliseconds), and one per change made every save queue behind the
     * last (the chat's benchmark: most of a message's delay). Readers see each change at once (a
     * searcher reads the writer, not the disk). Called holding this object's lock.
     */
    private void commitSoon() throws IOException {
        if (committer == null) {
            writer.commit();
        } else {
            uncommitted = true;
        }
    }

    private synchronized void commitNow() {
        if (!uncommitted) {
            return;
        }
        uncommitted = false;
        try {
            if (writer != null && writer.isOpen()) {
                writer.commit();
            }
        } catch (IOException | RuntimeException e) {
            uncommitted = true;
            LOG.log(Level.WARNING, "Search index changes not written to disk yet; the next round or the close will", e);
        }
    }

    /** Searches what the caller may see, in active modules only. */
    public SearchResults search(String text, Locale locale) {
        if (text == null || text.isBlank() || searchers == null) {
            return new SearchResults(text == null ? "" : text.strip(), List.of());
        }
        try {
            // Each language's fields answer on their own, so that one language's stop words
            // ("of", "the") do not have to appear in the other's.
            Query words = new BooleanQuery.Builder()
                    .add(parse(text, "title", "text"), BooleanClause.Occur.SHOULD)
                    .add(parse(text, "title_en", "text_en"), BooleanClause.Occur.SHOULD)
                    .build();
            Query query = new BooleanQuery.Builder()
                    .add(words, BooleanClause.Occur.MUST)
                    .add(in("module", registry.active().stream().map(InstalledModule::id).toList()),
                            BooleanClause.Occur.FILTER)
                    .add(in("audience", visibleAudiences()), BooleanClause.Occur.FILTER)
                    .add(in("group", readersGroups()), BooleanClause.Occur.FILTER)
                    .build();
            // The searcher is brought up to the writer here, not at each change: one refresh for all
            // the changes since the last search (a refresh writes the changes out as a new segment;
            // eight people posting at once made one each, inside the writers' lock), and none while
            // nobody searches. It waits for a refresh under way, so a search begun after a change
            // was applied always finds it.
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                Map<String, List<SearchResults.Hit>> byModule = new LinkedHashMap<>();
                for (ScoreDoc sd : searcher.search(query, MAX_HITS).scoreDocs) {
                    Document doc = searcher.storedFields().document(sd.doc);
                    byModule.computeIfAbsent(doc.get("module"), k -> new ArrayList<>()).add(hit(doc, words, locale));
                }
                List<SearchResults.Group> groups = new ArrayList<>();
                byModule.forEach((module, hits) -> groups.add(new SearchResults.Group(module,
                        registry.find(module).map(m -> m.descriptor().name(locale)).orElse(module), hits)));
                return new SearchResults(text.strip(), groups);
            } finally {
                searchers.release(searcher);
            }
        } catch (ParseException e) {
            return new SearchResults(text.strip(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query parse(String text, String title, String body) throws ParseException {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {title, body}, analyzer,
                Map.of(title, 3f, body, 1f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        return parser.parse(QueryParser.escape(text.strip()));
    }

    /**
     * A result in the reader's language: title and snippet from the reader's fields, the other
     * language's only when the reader's are empty (then named, so the page marks them).
     */
    private SearchResults.Hit hit(Document doc, Query words, Locale locale) {
        if (doc.get("bilingual") == null) {
            return new SearchResults.Hit(doc.get("title"), snippet(words, "text", doc.get("text")), doc.get("link"));
        }
        boolean en = "en".equals(locale.getLanguage());
        String mine = en ? "en" : "sq";
        String other = en ? "sq" : "en";
        String titleMine = doc.get(en ? "title_en" : "title");
        String titleOther = doc.get(en ? "title" : "title_en");
        String textMine = doc.get(en ? "text_en" : "text");
        boolean titleForeign = titleMine == null || titleMine.isBlank();
        boolean textForeign = textMine == null || textMine.isBlank();
        String textField = en != textForeign ? "text_en" : "text";
        return new SearchResults.Hit(titleForeign ? titleOther : titleMine,
                snippet(words, textField, doc.get(textField)), doc.get("link"), titleForeign ? other : mine,
                textForeign ? other : mine, titleForeign, textForeign);
    }

    private String snippet(Query words, String field, String text) {
        if (text == null) {
            return "";
        }
        try {
            Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"),
                    new SimpleHTMLEncoder(), new QueryScorer(words, field));
            String best = highlighter.getBestFragment(analyzer, field, text);
            if (best != null) {
                return best;
            }
        } catch (IOException | InvalidTokenOffsetsException e) {
            LOG.log(Level.FINE, "No highlight", e);
        }
        String start = text.length() > 200 ? text.substring(0, 200) + "…" : text;
        return new SimpleHTMLEncoder().encodeText(start);
    }

    private List<String> visibleAudiences() {
        List<String> visible = new ArrayList<>();
        for (Audience a : Audience.values()) {
            if (caller.sees(a)) {
                visible.add(a.name());
            }
        }
        return visible;
    }

    /**
     * {@value #NO_GROUP} (documents for their whole audience) and, for a logged-in reader, the groups
     * each active module says they are in, prefixed by the module's id.
     */
    private List<String> readersGroups() {
        List<String> groups = new ArrayList<>(List.of(NO_GROUP));
        caller.account().ifPresent(me -> {
            for (InstalledModule m : registry.active()) {
                for (SearchProvider provider : m.descriptor().searchProviders()) {
                    provider.groupsOf(me.getId()).forEach(g -> groups.add(m.id() + ":" + g));
                }
            }
        });
        return groups;
    }

    private static Query in(String field, List<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    private static Document toLucene(String moduleId, SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField("id", moduleId + ":" + d.key(), Field.Store.YES));
        doc.add(new StringField("module", moduleId, Field.Store.YES));
        doc.add(new StringField("audience", d.audience().name(), Field.Store.YES));
        doc.add(new StringField("group", d.group() == null ? NO_GROUP : moduleId + ":" + d.group(), Field.Store.NO));
        doc.add(new TextField("title", d.title() == null ? "" : d.title(), Field.Store.YES));
        doc.add(new TextField("text", d.text() == null ? "" : d.text(), Field.Store.YES));
        if (d.isBilingual()) {
            doc.add(new StringField("bilingual", "1", Field.Store.YES));
            doc.add(new TextField("title_en", d.titleEn() == null ? "" : d.titleEn(), Field.Store.YES));
            doc.add(new TextField("text_en", d.textEn(), Field.Store.YES));
        }
        doc.add(new StoredField("link", d.link()));
        return doc;
    }

    /** An index change that happens only if the data it describes was saved. */
    private interface IndexChange {
        void apply() throws IOException;
    }

    private void afterCommit(IndexChange change) {
        Runnable run = () -> {
            try {
                synchronized (this) {
                    change.apply();
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Search index not updated; a rebuild will catch up", e);
            }
        };
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // Nothing before: the change waits for the outcome.
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        run.run();
                    }
                }
            });
        } else {
            run.run();
        }
    }
}
