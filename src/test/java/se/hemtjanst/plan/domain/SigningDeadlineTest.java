package se.hemtjanst.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Inom 15 dagar": calendar days from the order's start, a deadline on a day off moves to the next working day. */
class SigningDeadlineTest {

    @ParameterizedTest(name = "order from {0}: sign by {1} ({2})")
    @CsvSource({
            "2026-12-01, 2026-12-16, an ordinary Wednesday",
            "2026-11-20, 2026-12-07, over the month end: the 5th is a Saturday",
            "2026-01-17, 2026-02-02, over the month end: 1 February is a Sunday",
            "2027-02-14, 2027-03-01, February of a common year: the 15th day is 1 March",
            "2028-02-14, 2028-02-29, February of a leap year: the 15th day is the 29th",
            "2026-12-10, 2026-12-28, juldagen on a Friday, then the weekend",
            "2026-12-16, 2027-01-04, nyårsafton, nyårsdagen and a weekend over the year end",
            "2027-03-11, 2027-03-30, långfredagen to annandag påsk",
            "2026-06-04, 2026-06-22, midsommarafton and the midsommar weekend",
            "2025-05-22, 2025-06-09, nationaldagen on a Friday",
            "2026-04-16, 2026-05-04, första maj on a Friday",
            "2026-05-01, 2026-05-18, starting on a holiday changes nothing: counting starts the day after",
    })
    void theFifteenthDayOrTheNextWorkingDay(LocalDate start, LocalDate deadline, String why) {
        assertEquals(deadline, SigningDeadline.of(start), why);
    }

    @ParameterizedTest(name = "{0}, signed {1}: {2}")
    @CsvSource({
            "2026-12-01, , OPEN",
            "2026-12-11, , OPEN",
            "2026-12-12, , DUE_SOON",
            "2026-12-16, , DUE_SOON",
            "2026-12-17, , OVERDUE",
            "2027-03-01, , OVERDUE",
            "2026-12-20, 2026-12-16, SIGNED",
            "2026-12-20, 2026-12-03, SIGNED",
            "2026-12-20, 2026-12-17, SIGNED_LATE",
    })
    void statusAgainstTheDeadlineOf16December(LocalDate today, LocalDate signedOn, DeadlineStatus expected) {
        assertEquals(expected, SigningDeadline.status(LocalDate.of(2026, 12, 16), signedOn, today));
    }
}
