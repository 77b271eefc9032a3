package org.nianbao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellValueTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "12|12", "\u00a012\u00a0|12", "１２|12", "5,719|5719", "+17|17", "-3|-3", "无|0", "0|0",
            "361.74|361.74", "12件|12", "　3　|3", "1 2|12"})
    void readsNumbers(String printed, String expected) {
        CellValue v = CellValue.parse(printed);
        assertEquals(CellValue.Kind.NUMBER, v.kind());
        assertEquals(0, new BigDecimal(expected).compareTo(v.in(null)));
    }

    @ParameterizedTest(name = "[{0}] is blank, raw [{1}]")
    @CsvSource(delimiter = '|', value = {"/|/", "-|-", "—|—", "不适用|不适用", "'\u00a0/'|/", "--|--"})
    void readsBlanks(String printed, String raw) {
        CellValue v = CellValue.parse(printed);
        assertEquals(CellValue.Kind.BLANK, v.kind());
        assertNull(v.in(null));
        assertEquals(raw, v.raw());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"规章", "（七）总计", "2020年本行政区域", "1.属于国家秘密"})
    void labelsAreNotValues(String printed) {
        assertEquals(CellValue.Kind.NOT_A_VALUE, CellValue.parse(printed).kind());
    }

    @ParameterizedTest(name = "{0} in a {1} column is {2}")
    @CsvSource(delimiter = '|', value = {"2222200元|万元|222.22", "12.5万元|万元|12.5", "251000元||251000", "3|万元|3"})
    void convertsUnitsToTheColumnUnit(String printed, String unit, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(CellValue.parse(printed).in(unit == null || unit.isEmpty() ? null : unit)));
    }
}
