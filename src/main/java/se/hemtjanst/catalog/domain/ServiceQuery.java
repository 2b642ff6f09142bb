package se.hemtjanst.catalog.domain;

import java.time.LocalDate;
import se.hemtjanst.shared.domain.InvalidInputException;

/**
 * A search in the catalogue: free text over code and name, optional main area, in/out of frame and a day the
 * rows must be valid on; sorted by a whitelisted field; paged.
 */
public record ServiceQuery(String text, String mainAreaCode, Boolean inFrame, LocalDate validOn,
                           SortField sortField, boolean ascending, int first, int pageSize) {

    public enum SortField { CODE, NAME, MAIN_AREA, STANDARD_MINUTES, VALID_FROM }

    public static final int MAX_PAGE_SIZE = 500;

    public ServiceQuery {
        if (first < 0) {
            throw new InvalidInputException("paging.first.negative", "first", "first must be 0 or more");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new InvalidInputException("paging.size.range", "size",
                    "page size must be between 1 and " + MAX_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        }
        if (sortField == null) {
            sortField = SortField.CODE;
        }
        // LIKE wildcards are not search text: "%" or "_" typed by a user must not widen the search.
        String cleaned = text == null ? "" : text.replace("%", "").replace("_", "").strip();
        text = cleaned.isEmpty() ? null : cleaned;
        mainAreaCode = mainAreaCode == null || mainAreaCode.isBlank() ? null : mainAreaCode.strip();
    }

    public static ServiceQuery all(int first, int pageSize) {
        return new ServiceQuery(null, null, null, null, SortField.CODE, true, first, pageSize);
    }
}
