package se.hemtjanst.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import se.hemtjanst.report.application.SummaryRefresher;

/** For in-container tests: plain SQL on the application's data source, and folding the monthly summaries. */
public final class InServer {

    private InServer() {
    }

    /** The first column of the first row of a query with one id parameter. */
    public static long single(String sql, long param) throws Exception {
        DataSource ds = javax.naming.InitialContext.doLookup("jdbc/hemtjanst");
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, param);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static void execute(String sql) throws Exception {
        DataSource ds = javax.naming.InitialContext.doLookup("jdbc/hemtjanst");
        try (Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    /** Folds every waiting mark and builds the ordered-time window, as the refresher's ticks would. */
    public static void foldAll(SummaryRefresher refresher) {
        for (int i = 0; i < 100 && refresher.refreshOnce() > 0; i++) {
            // until nothing is left
        }
    }
}
