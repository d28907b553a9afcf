package dk.holbaek.experiments.api.pages;

import java.util.List;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A page of a list page's rows ({@value #ROWS} to a page, {@code ?page} from 0, the other parameters kept): the rows
 * shown, which page of how many, and the links to the previous and next page (null at either end). A page number out
 * of range shows the nearest page: a browser's link, not an API's request.
 */
record Pager(int page, int pages, String previous, String next) {

    static final int ROWS = 100;

    static <T> List<T> rows(List<T> all, int page) {
        int from = Math.min(all.size(), page * ROWS);
        return all.subList(from, Math.min(all.size(), from + ROWS));
    }

    static Pager of(int total, String asked) {
        int pages = Math.max(1, (total + ROWS - 1) / ROWS);
        int page;
        try {
            page = asked == null ? 0 : Integer.parseInt(asked.strip());
        } catch (NumberFormatException e) {
            page = 0;
        }
        page = Math.max(0, Math.min(pages - 1, page));
        return new Pager(page, pages, page > 0 ? link(page - 1) : null, page < pages - 1 ? link(page + 1) : null);
    }

    private static String link(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString();
    }
}
