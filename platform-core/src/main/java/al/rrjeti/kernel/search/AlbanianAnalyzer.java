package al.rrjeti.kernel.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Albanian-aware matching (Lucene has no Albanian analyser): words are lower-cased, folded to
 * ASCII so that {@code ë/e} and {@code ç/c} meet both ways, and stripped of common inflectional
 * endings ({@link AlbanianLightStemFilter}) so that {@code korrupsion} finds {@code korrupsionit}.
 */
public final class AlbanianAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new ASCIIFoldingFilter(stream, false);
        stream = new AlbanianLightStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in), false);
    }
}
