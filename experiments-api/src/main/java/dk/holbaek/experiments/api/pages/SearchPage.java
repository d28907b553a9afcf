package dk.holbaek.experiments.api.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.holbaek.experiments.query.search.Search;

/** The search field's page: what {@code GET /api/search} finds, grouped by kind, each result linked to its page. */
@Controller
class SearchPage {

    private static final int LONGEST_QUERY = 200;

    private final Search search;

    SearchPage(Search search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("asOf", null);
        model.addAttribute("mayLookBack", false);
        if (q == null || q.isBlank()) {
            return "search";
        }
        if (q.codePointCount(0, q.length()) > LONGEST_QUERY) {
            model.addAttribute("tooLong", LONGEST_QUERY);
            return "search";
        }
        Search.Results results = search.search(q.strip());
        model.addAttribute("results", results);
        model.addAttribute("most", Search.MOST);
        return "search";
    }
}
