package org.nianbao.model;

import java.math.BigDecimal;

/** Table 二 in the 2021 template (国办公开办函〔2021〕30号): 10 cells. */
public record Proactive2021(
        Documents regulations,
        Documents normativeDocuments,
        Decisions licensing,
        Decisions punishment,
        Decisions coercion,
        Fees fees) implements ProactiveTable {

    /** 本年制发件数 / 本年废止件数 / 现行有效件数. */
    public record Documents(BigDecimal issued, BigDecimal repealed, BigDecimal inForce) {
    }

    /** 本年处理决定数量. */
    public record Decisions(BigDecimal decisions) {
    }

    /** 本年收费金额（万元）. */
    public record Fees(BigDecimal amountWanYuan) {
    }
}
