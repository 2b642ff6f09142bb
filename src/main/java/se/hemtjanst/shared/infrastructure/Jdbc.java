package se.hemtjanst.shared.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * Plain JDBC on the transaction's connection, for the monthly summaries (visits, ordered time), which read and write
 * tens of thousands of narrow rows per request or fold.
 *
 * <ul>
 *   <li>{@link #perRow}: one statement executed once per value, in JDBC batches. Each execution touches one client's
 *   rows by index; a list of clients in an IN made Derby scan and test every row of the table.</li>
 *   <li>{@link #query}: a read straight from the result set. Through the JPA provider's native query each row became
 *   a record and then an array (three quarters of reading the municipality's 96,000 client months).</li>
 * </ul>
 */
public final class Jdbc {

    /** Statements per JDBC batch. */
    private static final int CHUNK = 500;

    private Jdbc() {
    }

    /** Binds one value's parameters. */
    public interface Binder<T> {
        void bind(PreparedStatement statement, T value) throws SQLException;
    }

    /** Reads one result row. */
    public interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Runs the query with the parameters (JDBC objects: Long, String, java.sql.Date) and hands over each row. */
    public static void query(EntityManager em, String sql, List<?> params, RowReader reader) {
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                st.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException(sql.substring(0, Math.min(60, sql.length())) + "...: " + e.getMessage(), e);
        }
    }

    public static <T> void perRow(EntityManager em, String sql, Collection<T> values, Binder<T> binder) {
        if (values.isEmpty()) {
            return;
        }
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            int n = 0;
            for (T value : values) {
                binder.bind(st, value);
                st.addBatch();
                if (++n % CHUNK == 0) {
                    st.executeBatch();
                }
            }
            if (n % CHUNK != 0) {
                st.executeBatch();
            }
        } catch (SQLException e) {
            throw new PersistenceException(sql.substring(0, Math.min(60, sql.length())) + "...: " + e.getMessage(), e);
        }
    }
}
