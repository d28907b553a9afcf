package dk.holbaek.experiments.api.http.search;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dk.holbaek.experiments.api.problem.BadRequestException;
import dk.holbaek.experiments.core.common.api.Flaw;
import dk.holbaek.experiments.query.search.Search;

/**
 * {@code GET /api/search?q=…}: the programme's texts that hold every word of the query, Danish-aware, grouped by kind
 * ({@code experiments}, {@code activities}, {@code learnings}, {@code initiatives}, {@code recommendations}).
 */
@RestController
class SearchController {

    private final Search search;

    SearchController(Search search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    Map<String, Object> search(@RequestParam(required = false) String q) {
        String query = checked(q);
        Search.Results results = search.search(query);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("query", results.query());
        answer.put("terms", results.terms());
        answer.put("total", results.total());
        answer.put("more", results.more());
        answer.putAll(results.groups());
        return answer;
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
