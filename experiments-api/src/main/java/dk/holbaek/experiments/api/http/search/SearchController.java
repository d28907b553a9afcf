package dk.holbaek.experiments.api.http.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dk.holbaek.experiments.api.http.Paging;
import dk.holbaek.experiments.api.problem.BadRequestException;
import dk.holbaek.experiments.core.common.api.Flaw;
import dk.holbaek.experiments.query.search.Search;

/**
 * {@code GET /api/search?q=…}: the programme's texts that hold every word of the query, Danish-aware, grouped by kind
 * ({@code experiments}, {@code activities}, {@code learnings}, {@code initiatives}, {@code recommendations},
 * {@code externalExperiences}).
 */
@RestController
class SearchController {

    private final Search search;

    SearchController(Search search) {
        this.search = search;
    }

    /**
     * Paged (?page, ?size) over the hits in the groups' order: a page holds the groups' hits that fall in it, every
     * group present (maybe empty); {@code total} and {@code X-Total-Count} count them all.
     */
    @GetMapping("/api/search")
    ResponseEntity<Map<String, Object>> search(@RequestParam(required = false) String q,
                                               @RequestParam(required = false) String page,
                                               @RequestParam(required = false) String size) {
        String query = checked(q);
        Paging paging = Paging.of(page, size);
        Search.Results results = search.search(query);
        List<Map.Entry<String, Search.Hit>> hits = new ArrayList<>();
        results.groups().forEach((group, found) -> found.forEach(hit -> hits.add(Map.entry(group, hit))));
        return paging.answer(hits, shown -> {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("query", results.query());
            answer.put("terms", results.terms());
            answer.put("total", results.total());
            answer.put("more", results.more());
            results.groups().keySet().forEach(group -> answer.put(group, shown.stream()
                    .filter(entry -> entry.getKey().equals(group)).map(Map.Entry::getValue).toList()));
            return answer;
        });
    }

    /** The query as given: present, something visible, at most {@link Search#LONGEST_QUERY} characters. */
    static String checked(String q) {
        if (q == null || q.isBlank()) {
            throw new BadRequestException("q", Flaw.GIVEN);
        }
        if (q.codePointCount(0, q.length()) > Search.LONGEST_QUERY) {
            throw new BadRequestException("q", Flaw.TOO_LONG, Search.LONGEST_QUERY);
        }
        return q.strip();
    }
}
