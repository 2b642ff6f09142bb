package se.hemtjanst.catalog.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JpaServiceCatalogTest {

    @Test
    void likeWildcardsInSearchTextAreEscaped() {
        assertEquals("100\\%", JpaServiceCatalog.escapeLike("100%"));
        assertEquals("a\\_b", JpaServiceCatalog.escapeLike("a_b"));
        assertEquals("c\\\\d", JpaServiceCatalog.escapeLike("c\\d"));
        assertEquals("städ", JpaServiceCatalog.escapeLike("städ"));
    }
}
