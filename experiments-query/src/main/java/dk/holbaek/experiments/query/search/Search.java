package dk.holbaek.experiments.query.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonInclude;

import dk.holbaek.experiments.query.programme.ExperimentRow;
import dk.holbaek.experiments.query.programme.MongoRows;
import dk.holbaek.experiments.query.programme.SearchEntry;
import dk.holbaek.experiments.query.programme.SearchTerms;

/**
 * One search across the programme's texts: experiments (title, hypothesis, summary), activities, learnings (insight,
 * evidence), initiatives and recommendations, Danish-aware ({@link SearchTerms}). Every word of the query must occur
 * in a text for it to be found. One query on the read model's index of terms; the log is never read.
 */
@Component
public class Search {

    /** At most this many texts are read for one query; a query that finds more says so ({@code more}). */
    public static final int MOST = 500;
    /** A query is a few words; a longer one is refused rather than cut. */
    public static final int LONGEST_QUERY = 200;

    private final MongoRows rows;

    Search(MongoRows rows) {
        this.rows = rows;
    }

    /** A record found: its id, its experiment's where it has one, and its title, or a learning's insight. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Hit(String id, String experimentId, String title, String insight) {
    }

    /**
     * What a query found, by kind in a fixed order ({@code experiments}, {@code activities}, {@code learnings},
     * {@code initiatives}, {@code recommendations}, {@code externalExperiences}; each present, maybe empty); {@code terms} are the words searched
     * for, as the index keeps them.
     */
    public record Results(String query, List<String> terms, Map<String, List<Hit>> groups, int total, boolean more) {
    }

    public Results search(String query) {
        List<String> terms = SearchTerms.query(query);
        List<SearchEntry> found = rows.search(terms, MOST + 1);
        boolean more = found.size() > MOST;
        List<SearchEntry> entries = more ? found.subList(0, MOST) : found;
        Set<String> experimentIds = entries.stream().map(SearchEntry::experimentId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, ExperimentRow> experiments = experimentIds.isEmpty() ? Map.of() : rows.experiments(experimentIds)
                .stream().collect(Collectors.toMap(ExperimentRow::id, Function.identity()));
        Map<String, List<Hit>> groups = new LinkedHashMap<>();
        for (SearchEntry.Kind kind : SearchEntry.Kind.values()) {
            Set<String> seen = new LinkedHashSet<>();
            List<Hit> hits = new ArrayList<>();
            for (SearchEntry entry : entries) {
                ExperimentRow experiment = entry.experimentId() == null ? null : experiments.get(entry.experimentId());
                boolean ofWithdrawnExperiment = entry.experimentId() != null
                        && (experiment == null || experiment.withdrawn());
                if (entry.kind() != kind || ofWithdrawnExperiment || !seen.add(entry.entryId())) {
                    continue;
                }
                hits.add(switch (kind) {
                    case EXPERIMENT -> new Hit(entry.entryId(), entry.experimentId(), experiment.title(), null);
                    case LEARNING -> new Hit(entry.entryId(), entry.experimentId(), null, entry.label());
                    default -> new Hit(entry.entryId(), entry.experimentId(), entry.label(), null);
                });
            }
            hits.sort(Comparator.comparing((Hit hit) -> hit.title() != null ? hit.title() : hit.insight())
                    .thenComparing(Hit::id));
            groups.put(kind.group(), List.copyOf(hits));
        }
        int total = groups.values().stream().mapToInt(List::size).sum();
        return new Results(query, terms, groups, total, more);
    }
}
