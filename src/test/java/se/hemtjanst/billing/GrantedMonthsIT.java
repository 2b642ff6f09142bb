package se.hemtjanst.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.hemtjanst.billing.infrastructure.BillingInputs;
import se.hemtjanst.billing.infrastructure.GrantedMonths;
import se.hemtjanst.it.Api;
import se.hemtjanst.it.Deployments;
import se.hemtjanst.it.InServer;
import se.hemtjanst.it.TestData;
import se.hemtjanst.report.application.SummaryRefresher;

/**
 * The ordered-time summary behind the municipality's follow-up (changelog 017) gives the orders' own figures,
 * before and after it is folded, and a change of an order, a new version or a pause shows at once. Runs inside the
 * server so that it can fold the summary when it wants and look at its rows.
 *
 * <p>The data, computed by hand: a new client of Trygga Händer, order from 2026-10-16 with the ramtid set to
 * 31,00 h a month. October: 16 of 31 days, 31 × 16 / 31 = 16,00 h; November and December 31,00 h. A pause from
 * 1 to 10 November: 20 of 30 days, 31 × 20 / 30 = 20,666… = 20,67 h. A new version from 1 December at 40,00 h:
 * December 40,00 h.
 */
@ExtendWith(ArquillianExtension.class)
class GrantedMonthsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTests();
    }

    @Inject
    SummaryRefresher refresher;

    @Inject
    GrantedMonths grantedMonths;

    @Inject
    BillingInputs inputs;

    @Test
    void theSummaryGivesTheOrdersFiguresAndAChangeShowsAtOnce() throws Exception {
        Api api = Api.inServer();
        String soder = api.newTokenInServer("handlaggare.soder");
        String chef = api.newTokenInServer("chef.tryggahander");
        long providerId = TestData.providerOf(api, chef);
        long client = TestData.newClient(api, soder, "Beställd", "Tid");
        String order = TestData.order(client, providerId, "2026-10-16",
                "[{\"code\":\"MORGON\",\"frequency\":\"PER_DAY\",\"count\":1}]").replace("\"services\"",
                "\"overrideHours\":31,\"overrideReason\":\"Dubbelbemanning vid förflyttning.\",\"services\"");
        long orderId = TestData.acknowledgedOrder(api, soder, chef, order);

        // The client's own follow-up is computed from its orders; the municipality's from the summary once the
        // refresher has built the window around today (within seconds of a start: folded here to be sure).
        assertEquals("16.00 31.00 31.00", ordered(api, soder, client));
        InServer.foldAll(refresher);
        assertEquals(0, InServer.single("select count(*) from granted_change where client_id = ?", client), "folded");
        assertTrue(grantedMonths.built().containsAll(List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 12))),
                "the window around today is built: " + grantedMonths.built());
        assertEquals("2026-10 16.00, 2026-11 31.00, 2026-12 31.00", rows(client));
        assertEquals("16.00 31.00 31.00", ordered(api, soder, client));
        assertEquals("16.00 31.00 31.00", summary(client), "the municipality's figures of the client");

        // A pause shows at once, before the next fold, and after it.
        HttpResponse<String> pause = api.post("api/v1/orders/" + orderId + "/pauses",
                "{\"firstDay\":\"2026-11-01\",\"lastDay\":\"2026-11-10\",\"reason\":\"Sjukhusvistelse\"}", soder);
        assertEquals(201, pause.statusCode(), pause.body());
        assertEquals("16.00 20.67 31.00", ordered(api, soder, client));
        assertEquals("16.00 20.67 31.00", summary(client), "the municipality's figures of the client");
        InServer.foldAll(refresher);
        assertEquals("2026-10 16.00, 2026-11 20.67, 2026-12 31.00", rows(client));

        // So does a new version.
        String changed = order.replace("\"overrideHours\":31", "\"overrideHours\":40").replace("\"purpose\"",
                "\"changeReason\":\"Behöver hjälp även på kvällen.\",\"appliesFrom\":\"2026-12-01\",\"purpose\"");
        HttpResponse<String> version = api.post("api/v1/orders/" + orderId + "/versions", changed, soder);
        assertEquals(201, version.statusCode(), version.body());
        assertEquals("16.00 20.67 40.00", ordered(api, soder, client));
        assertEquals("16.00 20.67 40.00", summary(client), "the municipality's figures of the client");
        sameAsTheOrders("with the client marked (unless the refresher was quicker)");
        InServer.foldAll(refresher);
        assertEquals("2026-10 16.00, 2026-11 20.67, 2026-12 40.00", rows(client));
        assertEquals("16.00 20.67 40.00", ordered(api, soder, client));
        assertEquals("16.00 20.67 40.00", summary(client), "the municipality's figures of the client");

        // The municipality: the summary equals the proration of every order, client by client.
        Map<YearMonth, Map<Long, BigDecimal>> all = sameAsTheOrders("folded");
        assertEquals(6, all.size(), "every month: " + all.keySet());
        assertTrue(all.get(YearMonth.of(2026, 12)).size() > 1, "more clients than this one");
        assertEquals(List.of("-", "-", "-", "16.00", "20.67", "40.00"), all.values().stream()
                .map(m -> m.containsKey(client) ? m.get(client).toPlainString() : "-").toList(), "July to December");

        // Months outside the window are not in the summary: the caller computes them from the orders.
        assertTrue(grantedMonths.ramtid(YearMonth.of(2020, 1), YearMonth.of(2020, 2))
                .isEmpty());
    }

    /** July to December 2026 for the municipality: the summary's figures are the orders'. */
    private Map<YearMonth, Map<Long, BigDecimal>> sameAsTheOrders(String when) {
        YearMonth from = YearMonth.of(2026, 7);
        YearMonth to = YearMonth.of(2026, 12);
        Map<YearMonth, Map<Long, BigDecimal>> all = grantedMonths.ramtid(from, to).orElseThrow();
        assertEquals(GrantedMonths.positive(inputs.grantedRamtid("1 = 1", Map.of(), from, to), from, to), all, when);
        return all;
    }

    /** The client's ordered hours of October to December 2026 in the municipality's figures (the summary). */
    private String summary(long client) {
        return grantedMonths.ramtid(YearMonth.of(2026, 10), YearMonth.of(2026, 12)).orElseThrow().values().stream()
                .map(m -> m.getOrDefault(client, BigDecimal.ZERO).toPlainString()).collect(Collectors.joining(" "));
    }

    /** The ordered hours of October to December 2026 as the follow-up over REST shows them. */
    private static String ordered(Api api, String token, long client) {
        HttpResponse<String> r = api.get("api/v1/reports/follow-up?level=CLIENT&id=" + client
                + "&from=2026-10&to=2026-12", token);
        assertEquals(200, r.statusCode(), r.body());
        return Api.json(r.body()).getJsonArray("months").stream().map(JsonValue::asJsonObject)
                .map(m -> m.getJsonNumber("ordered").bigDecimalValue().toPlainString())
                .collect(Collectors.joining(" "));
    }

    /** The client's summary rows of October to December 2026. */
    private static String rows(long client) throws Exception {
        DataSource ds = javax.naming.InitialContext.doLookup("jdbc/hemtjanst");
        List<String> rows = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("select month_start, hours"
                + " from granted_month where client_id = ? and month_start between CAST('2026-10-01' AS DATE)"
                + " and CAST('2026-12-01' AS DATE) order by month_start")) {
            s.setLong(1, client);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(YearMonth.from(rs.getDate(1).toLocalDate()) + " " + rs.getBigDecimal(2).toPlainString());
                }
            }
        }
        return String.join(", ", rows);
    }
}
