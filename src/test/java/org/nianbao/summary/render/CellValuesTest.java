package org.nianbao.summary.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Proactive2021;
import org.nianbao.model.Tables;

class CellValuesTest {

    private static final Tables TABLES = new Tables(new Proactive2021(
            new Proactive2021.Documents(null, BigDecimal.ZERO, new BigDecimal("12")),
            new Proactive2021.Documents(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE),
            new Proactive2021.Decisions(new BigDecimal("-3")), new Proactive2021.Decisions(BigDecimal.TEN),
            new Proactive2021.Decisions(BigDecimal.TEN), new Proactive2021.Fees(new BigDecimal("1.50"))),
            null, null, java.util.Map.of());

    @Test
    void printsAFigureAsBigDecimalPlainStringKeepingItsScale() {
        CellValues values = new CellValues(TABLES);
        assertEquals("1.50", values.printed("proactive.fees.amountWanYuan"));
        assertEquals("12", values.printed("proactive.regulations.inForce"));
        assertEquals("-3", values.printed("proactive.licensing.decisions"));
        assertEquals("0", values.printed("proactive.regulations.repealed"));
    }

    @Test
    void printsNothingForANullCellAMissingTableOrAnUnknownPath() {
        CellValues values = new CellValues(TABLES);
        assertEquals("", values.printed("proactive.regulations.issued"));
        assertEquals("", values.printed("requests.newReceived.total"));
        assertEquals("", values.printed("proactive.procurement.amount"));
        assertEquals("", new CellValues(null).printed("proactive.fees.amountWanYuan"));
    }
}
