package org.nianbao.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as printed on report pages: 2021-01-23, 2021-1-23, 2021/01/23, 2021年1月23日, with or without a time. */
final class DateText {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");

    private DateText() {
    }

    static Optional<String> isoDate(String text) {
        Matcher m = DATE.matcher(LabelText.normalize(text));
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))).toString());
        } catch (DateTimeException e) {
            // "2021-13-45" is not a date: treat the field as absent.
            return Optional.empty();
        }
    }
}
