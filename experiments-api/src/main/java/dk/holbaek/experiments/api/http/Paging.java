package dk.holbaek.experiments.api.http;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dk.holbaek.experiments.api.problem.BadRequestException;
import dk.holbaek.experiments.core.common.api.FieldProblem;
import dk.holbaek.experiments.core.common.api.Flaw;

/**
 * A page of a list that grows with the programme: {@code ?page} (from 0) and {@code ?size}; the body keeps its shape
 * (the list, cut to the page), the whole list's length is in {@code X-Total-Count} and the next page, while there is
 * one, in a {@code Link} header ({@code rel="next"}; the previous one as {@code rel="prev"}). The default page holds
 * {@value #DEFAULT_SIZE} rows, so a client that does not page sees every row of a programme of today's size.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 500;
    public static final int LARGEST_SIZE = 1000;
    public static final String TOTAL_COUNT = "X-Total-Count";

    /** The page asked for; 400 naming {@code page} or {@code size} when either is no whole number in range. */
    public static Paging of(String page, String size) {
        List<FieldProblem> problems = new ArrayList<>();
        int number = parse(page, "page", 0, 0, Integer.MAX_VALUE / LARGEST_SIZE, problems);
        int rows = parse(size, "size", DEFAULT_SIZE, 1, LARGEST_SIZE, problems);
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        return new Paging(number, rows);
    }

    /** The page of {@code all}, with the headers that tell the whole list's length and where the next page is. */
    public <T> ResponseEntity<List<T>> answer(List<T> all) {
        return headers(all.size()).body(cut(all));
    }

    /**
     * A body that holds a growing list among other things (a view and its experiment rows): {@code page} makes it
     * with its list cut to this page, the headers tell the list's length and the next page.
     */
    public <T, B> ResponseEntity<B> answer(List<T> all, Function<List<T>, B> page) {
        return headers(all.size()).body(page.apply(cut(all)));
    }

    private <T> List<T> cut(List<T> all) {
        int from = Math.min(all.size(), page * size);
        int to = Math.min(all.size(), from + size);
        return List.copyOf(all.subList(from, to));
    }

    private ResponseEntity.BodyBuilder headers(int total) {
        int from = Math.min(total, page * size);
        int to = Math.min(total, from + size);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().header(TOTAL_COUNT, Integer.toString(total));
        List<String> links = new ArrayList<>();
        if (to < total) {
            links.add("<" + link(page + 1) + ">; rel=\"next\"");
        }
        if (page > 0 && from > 0) {
            links.add("<" + link(page - 1) + ">; rel=\"prev\"");
        }
        if (!links.isEmpty()) {
            answer.header(HttpHeaders.LINK, String.join(", ", links));
        }
        return answer;
    }

    private String link(int number) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", number)
                .replaceQueryParam("size", size).build().toUriString();
    }

    private static int parse(String value, String field, int absent, int least, int most, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < least) {
                problems.add(new FieldProblem(field, least == 0 ? Flaw.NEGATIVE : Flaw.AT_LEAST, least));
            } else if (number > most) {
                problems.add(new FieldProblem(field, Flaw.AT_MOST, most));
            }
            return number;
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, Flaw.WHOLE_NUMBER));
            return absent;
        }
    }
}
