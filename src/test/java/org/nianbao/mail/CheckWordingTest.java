package org.nianbao.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Check;

/** Each rule's failed check, said the way the tables print it. */
class CheckWordingTest {

    private static Check failed(String id, String target, long expected, long actual, String message) {
        return new Check(id, target, Check.FAIL, BigDecimal.valueOf(expected), BigDecimal.valueOf(actual), message);
    }

    @Test
    void everyRuleNamesTheRowOrColumnAndBothNumbers() {
        assertEquals("表三第一列（自然人）：一+二（17）≠ 三（七）+四（18）",
                CheckWording.of(failed("R1", "requests.naturalPerson", 17, 18, "一+二 = 三（七）+ 四")));
        assertEquals("表三“（三）3.危及“三安全一稳定””行：总计（5）≠ 各类申请人之和（4）",
                CheckWording.of(failed("R2", "requests.results.denied.endangersSecurity", 4, 5, "总计 = Σ applicants")));
        assertEquals("表三第七列（总计）：（七）总计（24）≠ 各项办理结果之和（25）",
                CheckWording.of(failed("R3", "requests.total", 25, 24, "（七）总计 = Σ result rows")));
        assertEquals("表四 行政诉讼（复议后起诉）：总计（2）≠ 维持+纠正+其他+尚未审结（1）",
                CheckWording.of(failed("R4", "reviewLitigation.litigationAfterReview", 1, 2, "总计 = 维持 + 纠正 + 其他 + 尚未审结")));
        assertEquals("正文“总体情况”写“收到申请14件”，与表格中的数（13）不一致",
                CheckWording.of(failed("R6", "sections.overview", 13, 14, "收到申请14件 vs requests.newReceived.total")));
    }

    @Test
    void negativeCountsAndUnknownRules() {
        Check r5 = new Check("R5", "tables.requests", Check.FAIL, null, null,
                "not a non-negative integer: tables.requests.newReceived.total=-1");
        assertEquals("表三：有不是非负整数的数（tables.requests.newReceived.total=-1）", CheckWording.of(r5));
        Check other = new Check("R9", "x", Check.FAIL, null, null, "new rule");
        assertEquals("R9 x：new rule", CheckWording.of(other));
    }
}
