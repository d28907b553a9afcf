package dk.holbaek.experiments.query.programme;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One searchable text of the programme in the read model: an experiment's registration (title and hypothesis) or
 * conclusion (summary), an activity, a learning (insight and evidence), an initiative or a recommendation (title and
 * text), with its {@link SearchTerms}. Kept by the projection beside the rows, rebuilt with them, and read by
 * {@link MongoRows#search} with one query on the indexed terms: a search never reads the log. A correction writes the entry
 * again; a withdrawal writes it withdrawn, without terms.
 */
@Document(collection = "view_search")
public record SearchEntry(@Id String id, Kind kind, String entryId, String experimentId, String label,
                          List<String> terms, boolean withdrawn) implements Row {

    /** What a result is, as the API groups results. */
    public enum Kind {
        EXPERIMENT("experiments"), ACTIVITY("activities"), LEARNING("learnings"), INITIATIVE("initiatives"),
        RECOMMENDATION("recommendations"), EXTERNAL_EXPERIENCE("externalExperiences");

        private final String group;

        Kind(String group) {
            this.group = group;
        }

        /** The name of the result group: {@code experiments}, {@code activities} … */
        public String group() {
            return group;
        }
    }

    /** The entry of one text of a record; {@code part} tells an experiment's registration from its conclusion. */
    public static SearchEntry of(Kind kind, String part, String entryId, String experimentId, String label,
                                 String... texts) {
        return new SearchEntry(kind.name().toLowerCase() + ":" + part + ":" + entryId, kind, entryId, experimentId, label,
                SearchTerms.of(texts), false);
    }

    /** The entry withdrawn: it is found no more. */
    public static SearchEntry withdrawn(Kind kind, String part, String entryId, String experimentId) {
        return new SearchEntry(kind.name().toLowerCase() + ":" + part + ":" + entryId, kind, entryId, experimentId, null,
                List.of(), true);
    }
}
