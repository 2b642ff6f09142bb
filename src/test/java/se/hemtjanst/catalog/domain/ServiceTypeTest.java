package se.hemtjanst.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.ValidityPeriod;

class ServiceTypeTest {

    static final MainArea SERVICE = new MainArea("SERVICE", "Service", 30);
    static final ValidityPeriod FROM_2026 = ValidityPeriod.from(LocalDate.of(2026, 1, 1));

    @Test
    void codeIsNormalisedToUpperCaseAndNameTrimmed() {
        ServiceType s = new ServiceType(" städning ", "  Städning ", SERVICE, true, true, 60, FROM_2026);
        assertEquals("STÄDNING", s.code());
        assertEquals("Städning", s.name());
    }

    @Test
    void codesAreShortLettersDigitsAndHyphens() {
        assertEquals("INKOP-SAMB", new ServiceType("inkop-samb", "x", SERVICE, true, true, 30, FROM_2026).code());
        for (String bad : new String[]{"", " ", "-X", "A B", "A_B", "ABCDEFGHIJKLMNOPQRSTU", "X'; drop table x"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> new ServiceType(bad, "x", SERVICE, true, true, 30, FROM_2026), bad);
            assertEquals("code", e.field());
        }
    }

    @Test
    void standardMinutesAreOptionalButWithinADay() {
        assertNull(new ServiceType("VAK", "Vak", SERVICE, false, true, null, FROM_2026).standardMinutes());
        assertEquals(1, new ServiceType("A", "a", SERVICE, true, true, 1, FROM_2026).standardMinutes());
        assertEquals(1440, new ServiceType("B", "b", SERVICE, true, true, 1440, FROM_2026).standardMinutes());
        assertEquals("catalog.standardMinutes.range", assertThrows(InvalidInputException.class,
                () -> new ServiceType("C", "c", SERVICE, true, true, 0, FROM_2026)).messageKey());
        assertThrows(InvalidInputException.class, () -> new ServiceType("D", "d", SERVICE, true, true, 1441, FROM_2026));
    }

    @Test
    void nameIsRequired() {
        assertEquals("name", assertThrows(InvalidInputException.class,
                () -> new ServiceType("E", "   ", SERVICE, true, true, 5, FROM_2026)).field());
        assertThrows(InvalidInputException.class,
                () -> new ServiceType("F", "x".repeat(101), SERVICE, true, true, 5, FROM_2026));
    }
}
