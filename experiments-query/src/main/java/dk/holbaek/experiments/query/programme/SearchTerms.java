package dk.holbaek.experiments.query.programme;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.tartarus.snowball.ext.DanishStemmer;

/**
 * The words of a text as the search index keeps them, Danish-aware: one form of each character (NFC, so a composed
 * and a decomposed "å" are the same), lower case as Danish writes it, split at everything that is no letter or digit,
 * without the commonest small words, and each word reduced to its stem by Snowball's Danish stemmer, so that
 * "borgermøder", "borgermødet" and "borgermøde" are one term. A query is read the same way.
 */
public final class SearchTerms {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** At most this many terms of one text are kept; a text's first terms are what a search for it would use. */
    static final int MOST_TERMS = 2_000;
    /** A query uses at most this many words. */
    public static final int MOST_QUERY_TERMS = 12;
    private static final Set<String> SMALL_WORDS = Set.of("og", "i", "at", "en", "et", "den", "det", "de", "til", "er",
            "som", "på", "med", "for", "af", "der", "ikke", "var", "har", "om", "fra", "så", "kan", "vi", "sig", "men",
            "blev", "ved", "eller", "skal", "hvor", "hvad", "når", "nu", "også", "efter", "over", "under", "mere",
            "meget", "dem", "deres", "vores", "sin", "sit", "sine", "hans", "hendes", "jeg", "du", "han", "hun", "os",
            "man", "ud", "op", "have", "være", "bliver", "blive", "hos", "alle", "end", "mod");

    private SearchTerms() {
    }

    /** The distinct terms of the texts (null texts are skipped), in the order they first appear. */
    public static List<String> of(String... texts) {
        Set<String> terms = new LinkedHashSet<>();
        DanishStemmer stemmer = new DanishStemmer();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (String word : WORD_BREAK.split(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(DANISH))) {
                if (terms.size() >= MOST_TERMS) {
                    return List.copyOf(terms);
                }
                String term = term(word, stemmer);
                if (term != null) {
                    terms.add(term);
                }
            }
        }
        return List.copyOf(terms);
    }

    /** The terms a query asks for, every one of which a result must hold; empty for a query of small words only. */
    public static List<String> query(String query) {
        List<String> terms = of(query);
        return terms.size() > MOST_QUERY_TERMS ? terms.subList(0, MOST_QUERY_TERMS) : terms;
    }

    private static String term(String word, DanishStemmer stemmer) {
        if (word.isEmpty() || SMALL_WORDS.contains(word)) {
            return null;
        }
        if (word.length() > 40) {
            return word.substring(0, 40);
        }
        stemmer.setCurrent(word);
        stemmer.stem();
        String stem = stemmer.getCurrent();
        return stem.isEmpty() ? word : stem;
    }
}
