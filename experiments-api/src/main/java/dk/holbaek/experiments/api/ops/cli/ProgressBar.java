package dk.holbaek.experiments.api.ops.cli;

import java.io.PrintStream;

/** A progress bar on standard error, redrawn in place: {@code Replaying [#######.....]  58%  502/860 events}. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final String label;
    private final long total;
    private int lastPercent = -1;
    private long lastDone = -1;

    ProgressBar(PrintStream err, String label, long total) {
        this.err = err;
        this.label = label;
        this.total = total;
    }

    void update(long done) {
        int percent = total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
        if (done == lastDone || (percent == lastPercent && done != total)) {
            return;
        }
        lastPercent = percent;
        lastDone = done;
        int filled = percent * WIDTH / 100;
        err.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                + String.format("%3d%%  %d/%d events", percent, done, total));
        err.flush();
    }

    void finish() {
        update(total);
        err.println();
    }
}
