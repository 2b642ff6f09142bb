package se.hemtjanst.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import se.hemtjanst.shared.domain.InvalidInputException;

class ServiceQueryTest {

    @Test
    void blankFiltersMeanNoFilterAndSortDefaultsToCode() {
        ServiceQuery q = new ServiceQuery("  ", "", null, null, null, true, 0, 25);
        assertNull(q.text());
        assertNull(q.mainAreaCode());
        assertEquals(ServiceQuery.SortField.CODE, q.sortField());
    }

    @Test
    void likeWildcardsAreNotSearchText() {
        assertEquals("städ", new ServiceQuery("%städ_", null, null, null, null, true, 0, 25).text());
        assertNull(new ServiceQuery("%_%", null, null, null, null, true, 0, 25).text());
    }

    @Test
    void pagingIsBounded() {
        assertEquals("size", assertThrows(InvalidInputException.class, () -> ServiceQuery.all(0, 0)).field());
        assertThrows(InvalidInputException.class, () -> ServiceQuery.all(0, ServiceQuery.MAX_PAGE_SIZE + 1));
        assertEquals("first", assertThrows(InvalidInputException.class, () -> ServiceQuery.all(-1, 10)).field());
        assertEquals(500, ServiceQuery.all(0, 500).pageSize());
    }
}
