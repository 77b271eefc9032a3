package org.nianbao.console;

import static org.nianbao.console.Html.esc;

import java.math.BigDecimal;
import java.util.Map;

/** Small bar charts drawn as SVG on the server: labels escaped, bars scaled to the largest value. */
final class Charts {

    private Charts() {
    }

    /** Horizontal bars, one per label; a null value is drawn as no bar with "—". */
    static String bars(String id, String title, Map<String, BigDecimal> values) {
        int rowHeight = 22;
        int labelWidth = 260;
        int barWidth = 300;
        int height = 30 + rowHeight * Math.max(1, values.size());
        BigDecimal max = values.values().stream().filter(v -> v != null).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        if (max.signum() <= 0) {
            max = BigDecimal.ONE;
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg id=\"").append(esc(id)).append("\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(labelWidth + barWidth + 60).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(esc(title)).append("\">")
                .append("<text x=\"4\" y=\"16\" font-size=\"14\" font-weight=\"bold\">").append(esc(title)).append("</text>");
        int y = 30;
        for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
            String label = e.getKey().length() > 18 ? e.getKey().substring(0, 18) + "…" : e.getKey();
            svg.append("<text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + 15)
                    .append("\" font-size=\"12\" text-anchor=\"end\">").append(esc(label)).append("</text>");
            BigDecimal v = e.getValue();
            int w = v == null ? 0 : v.multiply(BigDecimal.valueOf(barWidth)).divide(max, 0, java.math.RoundingMode.HALF_UP).intValue();
            svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(Math.max(0, w)).append("\" height=\"").append(rowHeight - 6).append("\" fill=\"#b94a48\"/>")
                    .append("<text x=\"").append(labelWidth + Math.max(0, w) + 4).append("\" y=\"").append(y + 15)
                    .append("\" font-size=\"12\">").append(v == null ? "—" : esc(v.toPlainString())).append("</text>");
            y += rowHeight;
        }
        return svg.append("</svg>").toString();
    }
}
