package se.hemtjanst.shared.domain;

import java.util.List;
import java.util.function.Function;

/** One page of a larger result and the total number of rows. */
public record Page<T>(List<T> rows, long total) {

    public Page {
        rows = List.copyOf(rows);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(rows.stream().map(mapper).toList(), total);
    }
}
