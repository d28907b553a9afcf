package dk.holbaek.experiments.api.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.holbaek.experiments.query.search.Search;

/** The search field's page: what {@code GET /api/search} finds, grouped by kind, each result linked to its page. */
@Controller
class SearchPage {

    private final Search search;

    SearchPage(Search search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        if (q == null || q.isBlank()) {
            return "search";
        }
        if (q.codePointCount(0, q.length()) > Search.LONGEST_QUERY) {
            model.addAttribute("tooLong", Search.LONGEST_QUERY);
            return "search";
        }
        Search.Results results = search.search(q.strip());
        model.addAttribute("results", results);
        model.addAttribute("most", Search.MOST);
        return "search";
    }
}
