package dk.holbaek.experiments.api.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import dk.holbaek.experiments.query.report.ExperienceReport;

/**
 * A report asked for again before anything new is recorded is not made again; another language or format of it is
 * rendered from the report already built; a new event makes it anew.
 */
class ReportCacheTest {

    private static final ExperienceReport REPORT = FixedProgramme.report();

    private final AtomicLong head = new AtomicLong(74);
    private final AtomicInteger built = new AtomicInteger();
    private final AtomicInteger rendered = new AtomicInteger();
    private final ReportCache cache = new ReportCache(head::get);

    @Test
    void theSameRequestAtTheSameHead_isMadeOnce_anotherFormIsOnlyRendered_andANewEventBuildsItAnew() {
        ReportRequest pdf = ReportRequest.parse("da", "2015-12-31", "pdf");

        byte[] first = cache.render(pdf, this::build, this::render).body();
        byte[] again = cache.render(pdf, this::build, this::render).body();
        assertThat(again).isSameAs(first);
        assertThat(built).hasValue(1);
        assertThat(rendered).hasValue(1);

        cache.render(ReportRequest.parse("en", "2015-12-31", "pdf"), this::build, this::render);
        cache.render(ReportRequest.parse("da", "2015-12-31", "markdown"), this::build, this::render);
        assertThat(cache.report(pdf, this::build)).isSameAs(REPORT);
        assertThat(built).as("the same date's report, only rendered again").hasValue(1);
        assertThat(rendered).hasValue(3);

        cache.render(ReportRequest.parse("da", "2015-06-30T12:00:00Z", "pdf"), this::build, this::render);
        assertThat(built).as("another moment").hasValue(2);

        head.incrementAndGet();
        assertThat(cache.render(pdf, this::build, this::render).body()).isNotSameAs(first);
        assertThat(built).as("a new event").hasValue(3);
        assertThat(rendered).hasValue(5);
    }

    @Test
    void onlyTheMostRecentReportsAreKept() {
        for (int day = 1; day <= ReportCache.ENTRIES + 1; day++) {
            cache.render(ReportRequest.parse("da", LocalDate.of(2015, 1, 1).plusDays(day).toString(), "json"),
                    this::build, this::render);
        }
        cache.render(ReportRequest.parse("da", "2015-01-02", "json"), this::build, this::render);

        assertThat(rendered).as("the eldest was let go and made again").hasValue(ReportCache.ENTRIES + 2);
        assertThat(built).hasValue(ReportCache.ENTRIES + 2);
    }

    @Test
    void aRequestThatArrivesDuringTheBuild_waitsForIt_insteadOfBuildingAgain() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Thread> second = new AtomicReference<>();
        CompletableFuture<ReportCache.Rendered> html = CompletableFuture.supplyAsync(() ->
                cache.render(ReportRequest.parse("da", "2015-12-31", "html"), () -> {
                    built.incrementAndGet();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return REPORT;
                }, this::render), threads);
        await().until(() -> built.get() == 1);
        CompletableFuture<ReportCache.Rendered> pdf = CompletableFuture.supplyAsync(() -> {
            second.set(Thread.currentThread());
            return cache.render(ReportRequest.parse("en", "2015-12-31", "pdf"), this::build, this::render);
        }, threads);
        await().until(() -> second.get() != null && second.get().getState() == Thread.State.WAITING);
        release.countDown();

        assertThat(html.get().asOf()).isEqualTo(REPORT.asOf());
        assertThat(pdf.get().asOf()).isEqualTo(REPORT.asOf());
        assertThat(built).as("built once for both").hasValue(1);
        assertThat(rendered).hasValue(2);
        threads.shutdown();
    }

    @Test
    void aBuildThatFails_isNotKept_andTheNextRequestBuildsAgain() {
        ReportRequest json = ReportRequest.parse("da", "2015-12-31", "json");

        assertThatThrownBy(() -> cache.render(json, () -> {
            built.incrementAndGet();
            throw new IllegalStateException("the store answered with an error");
        }, this::render)).isInstanceOf(IllegalStateException.class).hasMessage("the store answered with an error");
        cache.render(json, this::build, this::render);

        assertThat(built).hasValue(2);
        assertThat(rendered).hasValue(1);
    }

    private ExperienceReport build() {
        built.incrementAndGet();
        return REPORT;
    }

    private byte[] render(ExperienceReport report) {
        return new byte[] {(byte) rendered.incrementAndGet()};
    }
}
