package se.hemtjanst.shared.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.hemtjanst.shared.domain.InvalidInputException;

class StrictJsonReaderTest {

    enum Colour { RED }

    public static class Item {
        public String code;
        public int count;
    }

    public record Draft(String name, Long id, Boolean flag, LocalDate day, Colour colour, List<Item> items) {
    }

    private static JsonValue json(String s) {
        try (var r = Json.createReader(new StringReader(s))) {
            return r.readValue();
        }
    }

    private static String refusedField(String body) {
        return assertThrows(InvalidInputException.class, () -> StrictJsonReader.check(json(body), Draft.class, ""))
                .field();
    }

    @Test
    void aBodyOfTheRightShapePasses() {
        assertDoesNotThrow(() -> StrictJsonReader.check(json("{\"name\":\"Anna\",\"id\":7,\"flag\":true,"
                + "\"day\":\"2026-12-01\",\"colour\":\"RED\",\"items\":[{\"code\":\"A\",\"count\":2}],\"extra\":[1]}"),
                Draft.class, ""));
        assertDoesNotThrow(() -> StrictJsonReader.check(json("{\"name\":null,\"id\":\"7\"}"), Draft.class, ""));
    }

    @Test
    void whatJsonBWouldHaveBentIsRefusedWithTheField() {
        assertEquals(null, refusedField("[{\"name\":\"Anna\"}]"));
        assertEquals("name", refusedField("{\"name\":[\"x\",\"y\"]}"));
        assertEquals("flag", refusedField("{\"flag\":\"' OR 1=1 --\"}"));
        assertEquals("id", refusedField("{\"id\":1.5}"));
        assertEquals("id", refusedField("{\"id\":9223372036854775808}"));
        assertEquals("day", refusedField("{\"day\":{}}"));
        assertEquals("items", refusedField("{\"items\":{\"code\":\"A\"}}"));
        assertEquals("items[0]", refusedField("{\"items\":[null]}"));
        assertEquals("items[0].count", refusedField("{\"items\":[{\"count\":true}]}"));
    }

    @Test
    void deepNestingIsRefusedBeforeTheParserFallsOver() {
        assertThrows(InvalidInputException.class, () -> StrictJsonReader.checkDepth("[".repeat(100)));
        assertDoesNotThrow(() -> StrictJsonReader.checkDepth("{\"a\":\"" + "[".repeat(100) + "\"}"));
    }
}
