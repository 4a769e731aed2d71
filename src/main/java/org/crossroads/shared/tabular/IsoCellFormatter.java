package org.crossroads.shared.tabular;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns numeric cells into text an importer can parse without knowing the sheet's display formats:
 * dates as ISO {@code yyyy-MM-dd} (with {@code THH:mm} when there is a time of day), whole numbers
 * without {@code .0}, other numbers in full precision with a dot. The display format (thousands
 * separators, percent, currency, rounding) is deliberately ignored: it is how a number looks, not what
 * it is.
 */
final class IsoCellFormatter extends DataFormatter {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    IsoCellFormatter() {
        super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime time = DateUtil.getLocalDateTime(value, use1904Windowing, true);
            if (value < 1) {
                return time.format(TIME);
            }
            boolean wholeDay = time.toLocalTime().toSecondOfDay() == 0;
            return wholeDay ? time.toLocalDate().toString() : time.format(DATE_TIME);
        }
        return number(value);
    }

    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
