package se.hemtjanst.shared.infrastructure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Lists for SQL {@code IN (...)} at a few fixed lengths. The JPA provider writes one placeholder per element, and Derby
 * compiles a statement per distinct SQL text: IN lists of every length from 1 to 500 compile anew at almost every call
 * (milliseconds each) and crowd the statement caches. Padded to the next power of two, the last element repeated
 * (which an IN list ignores), a statement has at most eleven texts up to 1,024 elements.
 */
public final class InLists {

    private InLists() {
    }

    public static <T> List<T> padded(Collection<T> values) {
        List<T> list = new ArrayList<>(values);
        int size = list.size();
        if (size == 0) {
            return list;
        }
        int target = 1;
        while (target < size) {
            target *= 2;
        }
        T last = list.get(size - 1);
        while (list.size() < target) {
            list.add(last);
        }
        return list;
    }
}
