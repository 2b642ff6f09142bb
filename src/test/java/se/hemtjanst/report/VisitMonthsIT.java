package se.hemtjanst.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.hemtjanst.it.Api;
import se.hemtjanst.it.Deployments;
import se.hemtjanst.it.InServer;
import se.hemtjanst.it.TestData;
import se.hemtjanst.report.application.SummaryRefresher;
import se.hemtjanst.report.infrastructure.VisitMonths;

/**
 * The monthly visit summary behind the follow-up reports (changelog 014) gives the same figures as the visits
 * themselves, before and after it is folded, and a change shows at once. Runs inside the server so that it can fold
 * the summary when it wants and look at its rows.
 *
 * <p>The data: a new client of Trygga Händer with MORGON daily from 2026-05-01 (not Omsorgshuset: the browser test
 * of its deviation list must not find these overdue manual visits first). In May 2026 its staff member makes 3
 * visits of 30 minutes and one of 45 (4 visits, 135 minutes = 2,25 h, 1 staff member); then one more of 20 minutes
 * (5 visits, 155 minutes = 2,58 h).
 */
@ExtendWith(ArquillianExtension.class)
class VisitMonthsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTests();
    }

    @Inject
    SummaryRefresher refresher;

    @Inject
    VisitMonths visitMonths;

    @Test
    void theSummaryGivesTheVisitsFiguresBeforeAndAfterItIsFoldedAndAChangeShowsAtOnce() throws Exception {
        Api api = Api.inServer();
        String soder = api.newTokenInServer("handlaggare.soder");
        String chef = api.newTokenInServer("chef.tryggahander");
        String staff = api.newTokenInServer("personal.tryggahander");
        long providerId = TestData.providerOf(api, chef);
        long client = TestData.newClient(api, soder, "Sammanställning", "Test");
        TestData.acknowledgedOrder(api, soder, chef, TestData.order(client, providerId, "2026-05-01",
                "[{\"code\":\"MORGON\",\"frequency\":\"PER_DAY\",\"count\":1}]"));
        visit(api, staff, client, LocalDate.of(2026, 5, 4), "07:30", "08:00");
        visit(api, staff, client, LocalDate.of(2026, 5, 5), "07:30", "08:00");
        visit(api, staff, client, LocalDate.of(2026, 5, 31), "07:30", "08:00");
        visit(api, staff, client, LocalDate.of(2026, 5, 6), "07:00", "07:45");

        // Most likely not folded yet (the refresher runs every ten seconds): then read from the visits.
        assertEquals("2026-05 2.25 4 | 1.0", figures(api, chef, client));

        InServer.foldAll(refresher);
        assertEquals(0, marks(client), "folded");
        assertEquals("4 135 1", summaryRow(client), "visits, minutes and staff of May in the summary");
        // Folded: read from the summary, the same figures for the provider and the assessor.
        assertEquals("2026-05 2.25 4 | 1.0", figures(api, chef, client));
        assertEquals("2026-05 2.25 4 | 1.0", figures(api, soder, client));

        // A new visit shows at once, before the next fold, and after it.
        visit(api, staff, client, LocalDate.of(2026, 5, 7), "07:00", "07:20");
        assertEquals("2026-05 2.58 5 | 1.0", figures(api, chef, client));
        InServer.foldAll(refresher);
        assertEquals("5 155 1", summaryRow(client));
        assertEquals("2026-05 2.58 5 | 1.0", figures(api, chef, client));
    }

    /**
     * The daily staff summary (changelog 016) behind the national indicator gives the visits' figures for a window
     * across a month's end, before and after the fold, after a whole-month rebuild, and a new visit shows at once.
     * Another new client of Trygga Händer, visits by its one staff member: 2 on 2026-06-29, 1 on 06-30, 1 on 07-01,
     * 1 on 07-02 (5 visits, 1 staff member whose rows are in both months).
     */
    @Test
    void theDailyStaffSummaryGivesTheVisitsFiguresForAnyRunOfDays() throws Exception {
        Api api = Api.inServer();
        String soder = api.newTokenInServer("handlaggare.soder");
        String chef = api.newTokenInServer("chef.tryggahander");
        String staff = api.newTokenInServer("personal.tryggahander");
        long providerId = TestData.providerOf(api, chef);
        long client = TestData.newClient(api, soder, "Dagsummering", "Test");
        TestData.acknowledgedOrder(api, soder, chef, TestData.order(client, providerId, "2026-06-01",
                "[{\"code\":\"MORGON\",\"frequency\":\"PER_DAY\",\"count\":1}]"));
        visit(api, staff, client, LocalDate.of(2026, 6, 29), "07:30", "08:00");
        visit(api, staff, client, LocalDate.of(2026, 6, 29), "18:00", "18:30");
        visit(api, staff, client, LocalDate.of(2026, 6, 30), "07:30", "08:00");
        visit(api, staff, client, LocalDate.of(2026, 7, 1), "07:30", "08:00");
        visit(api, staff, client, LocalDate.of(2026, 7, 2), "07:30", "08:00");

        String expected = "window 1 5 | June's end 1 3 | July 1 2 | one day 1 2 | none -";
        assertEquals(expected, windows(client, providerId), "read from the visits (marked)");
        InServer.foldAll(refresher);
        assertEquals(0, marks(client), "folded");
        assertEquals("2 1", InServer.single("select d29 from visit_staff_days where client_id = ?"
                + " and month_start = CAST('2026-06-01' AS DATE)", client) + " "
                + InServer.single("select d30 from visit_staff_days where client_id = ?"
                + " and month_start = CAST('2026-06-01' AS DATE)", client),
                "June's row: 2 visits on the 29th, 1 on the 30th");
        assertEquals(expected, windows(client, providerId), "read from the summary");

        // A whole-month mark (as the changelog writes for existing visits) rebuilds June set-based.
        InServer.execute("insert into visit_change (client_id, visit_day) values (null, CAST('2026-06-15' AS DATE))");
        assertEquals(expected, windows(client, providerId), "a whole-month mark: read from the visits");
        InServer.foldAll(refresher);
        assertEquals(expected, windows(client, providerId), "rebuilt whole");

        visit(api, staff, client, LocalDate.of(2026, 6, 28), "07:30", "08:00");
        assertEquals("window 1 6 | June's end 1 3 | July 1 2 | one day 1 2 | none -", windows(client, providerId),
                "a new visit at once");
        InServer.foldAll(refresher);
        assertEquals("window 1 6 | June's end 1 3 | July 1 2 | one day 1 2 | none -", windows(client, providerId));
    }

    private String windows(long client, long providerId) {
        return "window " + staffAndVisits(VisitMonths.Unit.CLIENT, client, client, "2026-06-20", "2026-07-03")
                + " | June's end " + staffAndVisits(VisitMonths.Unit.PROVIDER, providerId, client, "2026-06-29",
                "2026-06-30")
                + " | July " + staffAndVisits(VisitMonths.Unit.ALL, null, client, "2026-07-01", "2026-07-14")
                + " | one day " + staffAndVisits(VisitMonths.Unit.CLIENT, client, client, "2026-06-29", "2026-06-29")
                + " | none " + staffAndVisits(VisitMonths.Unit.CLIENT, client, client, "2026-07-03", "2026-07-16");
    }

    private String staffAndVisits(VisitMonths.Unit unit, Long id, long client, String first, String last) {
        long[] figures = visitMonths.staffInDays(unit, id, LocalDate.parse(first), LocalDate.parse(last)).get(client);
        return figures == null ? "-" : figures[0] + " " + figures[1];
    }

    private static String figures(Api api, String token, long client) {
        JsonObject month = Api.json(api.get("api/v1/reports/follow-up?level=CLIENT&id=" + client
                + "&from=2026-05&to=2026-05", token).body()).getJsonArray("months").getJsonObject(0);
        JsonObject continuity = Api.jsonArray(api.get("api/v1/reports/follow-up/continuity?level=CLIENT&id=" + client
                + "&from=2026-05&to=2026-05", token).body()).getJsonObject(0);
        return month.getString("month") + " " + month.getJsonNumber("performed").bigDecimalValue().toPlainString()
                + " " + month.getInt("visits") + " | "
                + continuity.getJsonNumber("averageStaff").bigDecimalValue().toPlainString();
    }

    private static void visit(Api api, String staff, long client, LocalDate day, String from, String to) {
        TestData.manualVisit(api, staff, client, day + "T" + from + ":00+02:00", day + "T" + to + ":00+02:00",
                "NO_TAG");
    }

    private static long marks(long client) throws Exception {
        return InServer.single("select count(*) from visit_change where client_id = ?", client);
    }

    private static String summaryRow(long client) throws Exception {
        String may = " where client_id = ? and month_start = CAST('2026-05-01' AS DATE)";
        return InServer.single("select sum(visits) from visit_month" + may, client) + " "
                + InServer.single("select sum(minutes) from visit_month" + may, client) + " "
                + InServer.single("select sum(staff_count) from visit_month_staff" + may, client);
    }

}
