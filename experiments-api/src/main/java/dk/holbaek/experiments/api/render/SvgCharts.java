package dk.holbaek.experiments.api.render;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * Horizontal bar charts as inline SVG, drawn on the server: no script, no network. Each chart carries a title for
 * screen readers; the same figures stand in a table beside it.
 */
public final class SvgCharts {

    public record Bar(String label, long value, String valueText, boolean highlighted) {
    }

    private static final int WIDTH = 560;
    private static final int LABEL_WIDTH = 200;
    private static final int VALUE_WIDTH = 90;
    private static final int ROW = 26;
    private static final int BAR_HEIGHT = 18;
    /** Longer labels are shortened with an ellipsis; the full label stays in the bar's tooltip and the table. */
    private static final int LONGEST_LABEL = 30;

    private SvgCharts() {
    }

    public static String bars(String title, List<Bar> bars) {
        long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
        int height = Math.max(ROW, bars.size() * ROW) + 4;
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"100%\" aria-label=\"")
                .append(escape(title)).append("\"><title>").append(escape(title)).append("</title>");
        int barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW + 4;
            int length = max == 0 ? 0 : (int) Math.round((double) bar.value() / max * barSpace);
            svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + BAR_HEIGHT - 4)
                    .append("\" text-anchor=\"end\" class=\"label\"><title>").append(escape(bar.label())).append("</title>")
                    .append(escape(shortened(bar.label()))).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"")
                    .append(Math.max(length, bar.value() > 0 ? 1 : 0)).append("\" height=\"").append(BAR_HEIGHT)
                    .append("\" class=\"").append(bar.highlighted() ? "bar highlighted" : "bar").append("\"/>")
                    .append("<text x=\"").append(LABEL_WIDTH + length + 6).append("\" y=\"").append(y + BAR_HEIGHT - 4)
                    .append("\" class=\"value\">").append(escape(bar.valueText())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String shortened(String label) {
        return label.length() <= LONGEST_LABEL ? label : label.substring(0, LONGEST_LABEL - 1).strip() + "…";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
