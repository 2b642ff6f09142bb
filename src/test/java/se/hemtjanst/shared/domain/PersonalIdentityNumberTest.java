package se.hemtjanst.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdentityNumberTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void acceptsTheCommonWrittenForms() {
        for (String form : new String[]{"19121212-1212", "191212121212", " 19121212-1212 "}) {
            PersonalIdentityNumber pin = PersonalIdentityNumber.parse(form, TODAY);
            assertEquals("191212121212", pin.value());
            assertEquals("19121212-1212", pin.formatted());
            assertEquals(LocalDate.of(1912, 12, 12), pin.birthDate());
        }
        assertEquals("198112289874", PersonalIdentityNumber.parse("811228-9874", TODAY).value());
        assertEquals("198112289874", PersonalIdentityNumber.parse("8112289874", TODAY).value());
    }

    @Test
    void tenDigitFormsTakeTheLatestCenturyNotInTheFuture() {
        // Born 22 Nov: this year's birthday is today, so 2026 is not in the future.
        String nine = "261122123";
        String tenToday = nine + PersonalIdentityNumber.checkDigit(nine);
        assertEquals(2026, PersonalIdentityNumber.parse(tenToday, TODAY).birthDate().getYear());
        String tomorrow = "261123123";
        String tenTomorrow = tomorrow + PersonalIdentityNumber.checkDigit(tomorrow);
        assertEquals(1926, PersonalIdentityNumber.parse(tenTomorrow, TODAY).birthDate().getYear());
        // '+' marks a person of 100 or more.
        assertEquals(1912, PersonalIdentityNumber.parse("121212+1212", TODAY).birthDate().getYear());
        assertEquals(2012, PersonalIdentityNumber.parse("121212-1212", TODAY).birthDate().getYear());
    }

    @Test
    void coordinationNumbersCarryTheDayPlusSixty() {
        PersonalIdentityNumber samordning = PersonalIdentityNumber.parse("701063-2391", TODAY);
        assertTrue(samordning.coordinationNumber());
        assertEquals(LocalDate.of(1970, 10, 3), samordning.birthDate());
        assertFalse(PersonalIdentityNumber.parse("19121212-1212", TODAY).coordinationNumber());
    }

    @Test
    void aWrongCheckDigitIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PersonalIdentityNumber.parse("19121212-1213", TODAY));
        assertEquals("pin.invalid.checksum", e.messageKey());
        assertEquals("personalIdentityNumber", e.field());
    }

    @Test
    void leapDaysExistOnlyInLeapYears() {
        String leap = "000229123";
        assertEquals(LocalDate.of(2000, 2, 29),
                PersonalIdentityNumber.of12("20" + leap + PersonalIdentityNumber.checkDigit(leap)).birthDate());
        String notLeap = "010229123";
        assertEquals("pin.invalid.date", assertThrows(InvalidInputException.class,
                () -> PersonalIdentityNumber.of12("20" + notLeap + PersonalIdentityNumber.checkDigit(notLeap)))
                .messageKey());
        String day92 = "700192123";
        assertThrows(InvalidInputException.class,
                () -> PersonalIdentityNumber.of12("19" + day92 + PersonalIdentityNumber.checkDigit(day92)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "191212121", "19121212_1212", "abcdefgh-ijkl", "19121212--1212", "1212121212121",
            "12121-21212", "19121212-12121"})
    void garbageIsAFormatError(String input) {
        assertEquals("pin.invalid.format",
                assertThrows(InvalidInputException.class, () -> PersonalIdentityNumber.parse(input, TODAY)).messageKey());
    }

    @Test
    void nullIsAFormatError() {
        assertThrows(InvalidInputException.class, () -> PersonalIdentityNumber.parse(null, TODAY));
        assertThrows(InvalidInputException.class, () -> PersonalIdentityNumber.of12(null));
    }

    @Test
    void ageAndMaskedLogForm() {
        PersonalIdentityNumber pin = PersonalIdentityNumber.parse("19400630-0000".substring(0, 9)
                + "123" + PersonalIdentityNumber.checkDigit("400630123"), TODAY);
        assertEquals(86, pin.ageOn(TODAY));
        assertEquals(85, pin.ageOn(LocalDate.of(2026, 6, 29)));
        assertEquals("19400630-****", pin.toString());
        assertEquals(pin, PersonalIdentityNumber.of12(pin.value()));
    }
}
