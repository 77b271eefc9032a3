package org.nianbao.model;

import java.math.BigDecimal;

/** Table 二 in the 2019 template (国办公开办函〔2019〕60号): 22 cells. */
public record Proactive2019(
        Documents regulations,
        Documents normativeDocuments,
        Items licensing,
        Items otherServices,
        Items punishment,
        Items coercion,
        Fees fees,
        Procurement procurement) implements ProactiveTable {

    /** 本年新制作数量 / 本年新公开数量 / 对外公开总数量. */
    public record Documents(BigDecimal newlyMade, BigDecimal newlyPublished, BigDecimal totalPublished) {
    }

    /** 上一年项目数量 / 本年增/减 (signed) / 处理决定数量. */
    public record Items(BigDecimal previousCount, BigDecimal change, BigDecimal decisions) {
    }

    /** 行政事业性收费: 上一年项目数量 / 本年增/减. */
    public record Fees(BigDecimal previousCount, BigDecimal change) {
    }

    /** 政府集中采购: 采购项目数量 / 采购总金额 (the template gives no unit). */
    public record Procurement(BigDecimal projects, BigDecimal amount) {
    }
}
