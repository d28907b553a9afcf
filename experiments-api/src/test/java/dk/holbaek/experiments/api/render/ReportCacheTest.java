package dk.holbaek.experiments.api.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** A report asked for again before anything new is recorded is not made again; a new event makes it anew. */
class ReportCacheTest {

    private final AtomicLong head = new AtomicLong(74);
    private final AtomicInteger made = new AtomicInteger();
    private final ReportCache cache = new ReportCache(head::get);

    @Test
    void theSameRequestAtTheSameHead_isMadeOnce_andANewEventOrAnotherFormMakesItAnew() {
        ReportRequest pdf = ReportRequest.parse("da", "2015-12-31", "pdf");

        byte[] first = cache.render(pdf, this::make).body();
        byte[] again = cache.render(pdf, this::make).body();
        assertThat(again).isSameAs(first);
        assertThat(made).hasValue(1);

        cache.render(ReportRequest.parse("en", "2015-12-31", "pdf"), this::make);
        cache.render(ReportRequest.parse("da", "2015-12-31", "markdown"), this::make);
        cache.render(ReportRequest.parse("da", "2015-06-30T12:00:00Z", "pdf"), this::make);
        assertThat(made).hasValue(4);

        head.incrementAndGet();
        assertThat(cache.render(pdf, this::make).body()).isNotSameAs(first);
        assertThat(made).hasValue(5);
    }

    @Test
    void onlyTheMostRecentReportsAreKept() {
        for (int day = 1; day <= ReportCache.ENTRIES + 1; day++) {
            cache.render(ReportRequest.parse("da", LocalDate.of(2015, 1, 1).plusDays(day).toString(), "json"), this::make);
        }
        cache.render(ReportRequest.parse("da", "2015-01-02", "json"), this::make);

        assertThat(made).as("the eldest was let go and made again").hasValue(ReportCache.ENTRIES + 2);
    }

    private ReportCache.Rendered make() {
        return new ReportCache.Rendered(new byte[] {(byte) made.incrementAndGet()}, LocalDate.of(2015, 12, 31));
    }
}
