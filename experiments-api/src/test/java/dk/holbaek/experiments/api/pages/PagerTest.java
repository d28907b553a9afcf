package dk.holbaek.experiments.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A list page of 250 rows comes in three pages of at most 100, its other parameters kept in the links. */
class PagerTest {

    private final List<Integer> rows = IntStream.range(0, 250).boxed().toList();

    @BeforeEach
    void aRequestForTheSortedList() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/experiments");
        request.setQueryString("sort=participants&dir=desc&page=1");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void done() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theMiddlePage_linksBothWays_keepingTheSortOrder() {
        Pager pager = Pager.of(rows.size(), "1");

        assertThat(pager.page()).isEqualTo(1);
        assertThat(pager.pages()).isEqualTo(3);
        assertThat(pager.previous()).contains("sort=participants", "dir=desc", "page=0");
        assertThat(pager.next()).contains("page=2");
        assertThat(Pager.rows(rows, pager.page())).hasSize(100).startsWith(100).endsWith(199);
    }

    @Test
    void theLastPage_holdsTheRest_andAPageOutOfRangeOrNoNumberShowsTheNearest() {
        Pager last = Pager.of(rows.size(), "99");

        assertThat(last.page()).isEqualTo(2);
        assertThat(last.next()).isNull();
        assertThat(Pager.rows(rows, last.page())).hasSize(50);
        assertThat(Pager.of(rows.size(), "syv").page()).isZero();
        assertThat(Pager.of(rows.size(), "-3").previous()).isNull();
        assertThat(Pager.of(40, null).pages()).isEqualTo(1);
    }
}
