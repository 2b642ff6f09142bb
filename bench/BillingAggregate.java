import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The billing benchmark's yardstick (issue 9, point 3): one hand-written SQL aggregate over the same rows the
 * monthly settlement reads - per provider the clients, the performed minutes of the complete, not declined ramtid
 * visits of the month, the granted ramtid minutes of the orders in force, the paid minutes (performed, at most
 * 110 % of granted, per client) and an amount at the daytime rate. Run three times (system property runs=N: N
 * times); prints each time and the best.
 *
 *   java -cp <jdbc driver jars> bench/BillingAggregate.java <jdbc-url> <user> <password> <month> [rate]
 */
public class BillingAggregate {

    static final String SQL = """
            select p.provider_id, count(*), sum(p.performed), sum(g.granted_min),
                   sum(case when p.performed < g.granted_min * 1.1 then p.performed else g.granted_min * 1.1 end)
            from (select v.client_id, v.provider_id, sum(v.minutes) as performed
                  from visit v
                  where v.status = 'COMPLETE' and v.declined = ? and v.service_code = 'RAM'
                    and v.arrival_at >= ? and v.arrival_at < ?
                  group by v.client_id, v.provider_id) p
            join (select o.client_id, o.provider_id, sum(ov.computed_hours) * 60 as granted_min
                  from frame_order o join order_version ov on ov.order_id = o.id
                  where o.status <> 'DRAFT' and o.valid_from <= ? and (o.valid_to is null or o.valid_to >= ?)
                  group by o.client_id, o.provider_id) g
              on g.client_id = p.client_id and g.provider_id = p.provider_id
            group by p.provider_id
            """;

    public static void main(String[] args) throws Exception {
        YearMonth month = YearMonth.parse(args[3]);
        double rate = args.length > 4 ? Double.parseDouble(args[4]) : 427.00;
        ZoneId zone = ZoneId.of("Europe/Stockholm");
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            int runs = Integer.getInteger("runs", 3);
            double best = Double.MAX_VALUE;
            for (int run = 1; run <= runs; run++) {
                long t0 = System.nanoTime();
                int providers = 0;
                long clients = 0;
                double performed = 0;
                double granted = 0;
                double paid = 0;
                try (PreparedStatement ps = c.prepareStatement(SQL)) {
                    ps.setBoolean(1, false);
                    ps.setTimestamp(2, Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant()));
                    ps.setTimestamp(3, Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()));
                    ps.setDate(4, java.sql.Date.valueOf(month.atEndOfMonth()));
                    ps.setDate(5, java.sql.Date.valueOf(month.atDay(1)));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            providers++;
                            clients += rs.getLong(2);
                            performed += rs.getDouble(3);
                            granted += rs.getDouble(4);
                            paid += rs.getDouble(5);
                        }
                    }
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf("run %d: %.3f s  providers %d, clients %d, performed %.0f h, granted %.0f h,"
                        + " paid %.0f h, amount %.0f SEK%n", run, seconds, providers, clients, performed / 60,
                        granted / 60, paid / 60, paid / 60 * rate);
                best = Math.min(best, seconds);
            }
            System.out.printf("best of %d runs: %.3f s%n", runs, best);
        }
    }
}
