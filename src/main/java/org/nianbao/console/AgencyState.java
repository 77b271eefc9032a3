package org.nianbao.console;

/** Where an agency of the region-year stands, as the overview shows it. */
enum AgencyState {
    RECEIVED("已收到", "received"),
    FAILING("校验未通过", "failing"),
    EXCLUDED("不计入汇总", "excluded"),
    MISSING("未收到", "missing");

    private final String label;
    private final String css;

    AgencyState(String label, String css) {
        this.label = label;
        this.css = css;
    }

    String label() {
        return label;
    }

    String css() {
        return "state-" + css;
    }
}
