package dk.holbaek.experiments.query.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The index and the query read words the same Danish-aware way. */
class SearchTermsTest {

    @Test
    void theFormsOfADanishWord_areOneTerm() {
        assertThat(SearchTerms.of("borgermøde")).isEqualTo(SearchTerms.of("borgermøder"))
                .isEqualTo(SearchTerms.of("borgermødet")).isEqualTo(SearchTerms.of("borgermøderne"));
        assertThat(SearchTerms.of("ungdomsråd")).isEqualTo(SearchTerms.of("ungdomsrådene"));
    }

    @Test
    void caseAndTheWayALetterIsWritten_doNotMatter() {
        String composed = "Tølløse Å";
        String decomposed = "Tølløse A\u030A";
        assertThat(SearchTerms.of("TØLLØSE Å")).isEqualTo(SearchTerms.of(composed)).isEqualTo(SearchTerms.of(decomposed));
    }

    @Test
    void smallWordsAndPunctuation_areLeftOut() {
        assertThat(SearchTerms.of("Unge og ældre i Holbæk: en dialog!"))
                .isEqualTo(SearchTerms.of("unge ældre holbæk dialog"));
        assertThat(SearchTerms.query("og i at")).isEmpty();
    }

    @Test
    void aQuery_usesAtMostItsFirstTwelveWords() {
        assertThat(SearchTerms.query("a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 k11 l12 m13 n14")).hasSize(SearchTerms.MOST_QUERY_TERMS);
    }
}
