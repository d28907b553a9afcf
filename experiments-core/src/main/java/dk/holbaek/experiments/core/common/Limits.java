package dk.holbaek.experiments.core.common;

/**
 * The largest values a command may carry. Each is far above what the programme records (its biggest activity had
 * 1,500 participants, its budget a few million kroner) and far below what would break a sum or a page; docs/api.md
 * lists them beside the fields.
 */
public final class Limits {

    /** Titles, names, topics: one line. */
    public static final int SHORT_TEXT = 200;
    /** Hypotheses, insights, summaries, reasons: tab and newline allowed. */
    public static final int LONG_TEXT = 5_000;
    /** A web address: a link to where an experience from elsewhere is described. */
    public static final int LINK = 2_000;
    /** An identifier sent by a client (of an activity, a learning, an experiment). */
    public static final int IDENTIFIER = 100;
    /** Participants, businesses, organisations, respondents, people present: per activity. */
    public static final int COUNT = 100_000;
    /** One activity lasts at most a week. */
    public static final int DURATION_MINUTES = 7 * 24 * 60;
    /** Hours of support to one initiative. */
    public static final int HOURS = 100_000;
    /** One amount in kroner: a budget, a cost, a grant. */
    public static final long KRONER = 100_000_000L;
    /** Names of departments, costs of one activity. */
    public static final int SMALL_LIST = 50;
    /** Experiments or learnings referred to by one record. */
    public static final int REFERENCES = 100;

    private Limits() {
    }
}
