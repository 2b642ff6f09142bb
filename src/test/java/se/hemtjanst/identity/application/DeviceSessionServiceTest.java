package se.hemtjanst.identity.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.hemtjanst.shared.domain.InvalidInputException;

class DeviceSessionServiceTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "1234567", "12a456", "000000", "777777", "123456", "456789", "987654",
            "654321"})
    void pinsThatAreNotSixDigitsOrTooObviousAreRefused(String pin) {
        assertThrows(InvalidInputException.class, () -> DeviceSessionService.validatePin(pin));
    }

    @ParameterizedTest
    @ValueSource(strings = {"258014", "102938", "112233", "000001"})
    void otherSixDigitPinsAreFine(String pin) {
        assertDoesNotThrow(() -> DeviceSessionService.validatePin(pin));
    }
}
