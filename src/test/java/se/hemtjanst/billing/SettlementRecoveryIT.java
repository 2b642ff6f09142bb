package se.hemtjanst.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.hemtjanst.it.Api;
import se.hemtjanst.it.Deployments;
import se.hemtjanst.it.TestData;

/**
 * A settlement whose job the batch runtime no longer knows (its job repository is in memory: a server stopped during
 * the run forgot it, and counts executions from 1 again) is not stuck as RUNNING for ever: it shows as FAILED, it can be started again, and a restart
 * starts it over. Runs inside the server to put a settlement into that state (a job execution id the runtime has
 * never seen).
 */
@ExtendWith(ArquillianExtension.class)
class SettlementRecoveryIT {

    private static final long UNKNOWN_EXECUTION = 987_654_321L;

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTests();
    }

    @Test
    void aRunForgottenByTheBatchRuntimeShowsAsFailedAndRunsAgain() throws Exception {
        Api api = Api.inServer();
        String admin = api.newTokenInServer("admin");
        long providerId = TestData.providerOf(api, api.newTokenInServer("chef.tryggahander"));
        long id = calculated(api, admin, api.post("api/v1/settlements",
                "{\"providerId\":" + providerId + ",\"month\":\"2026-06\"}", admin));

        // The job wrote its total, progress and result by bulk updates: all of them arrived.
        JsonObject done = Api.json(api.get("api/v1/settlements/" + id, admin).body());
        assertTrue(done.getInt("clientsTotal") > 0 && done.getInt("clientsDone") == done.getInt("clientsTotal")
                && !done.isNull("amount"), done.toString());

        forget(id, "RUNNING");
        // The month's list, which a client polls, says so too (before anything read the run by its id).
        String listed = api.get("api/v1/settlements?month=2026-06", admin).body();
        assertTrue(Api.jsonArray(listed).stream().map(v -> v.asJsonObject())
                .anyMatch(s -> s.getJsonNumber("id").longValue() == id && s.getString("status").equals("FAILED")),
                listed);
        assertEquals("FAILED", Api.json(api.get("api/v1/settlements/" + id, admin).body()).getString("status"),
                "a run the runtime does not know is not running");

        forget(id, "RUNNING");
        assertEquals(id, calculated(api, admin, api.post("api/v1/settlements",
                "{\"providerId\":" + providerId + ",\"month\":\"2026-06\"}", admin)), "started again, same settlement");

        forget(id, "FAILED");
        assertEquals(id, calculated(api, admin, api.post("api/v1/settlements/" + id + "/restart", "", admin)),
                "a restart without a checkpoint to go on from starts over");
    }

    private static long calculated(Api api, String admin, HttpResponse<String> started) throws Exception {
        assertEquals(true, started.statusCode() == 200 || started.statusCode() == 202, started.body());
        JsonObject settlement = Api.json(started.body());
        long id = settlement.getJsonNumber("id").longValue();
        for (int i = 0; i < 120 && settlement.getString("status").equals("RUNNING"); i++) {
            Thread.sleep(500);
            settlement = Api.json(api.get("api/v1/settlements/" + id, admin).body());
        }
        assertEquals("CALCULATED", settlement.getString("status"), settlement.toString());
        return id;
    }

    /** The settlement as a server that stopped during its run leaves it: a status, and an execution nobody knows. */
    private static void forget(long id, String status) throws Exception {
        DataSource ds = javax.naming.InitialContext.doLookup("jdbc/hemtjanst");
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "update settlement set status = ?, job_execution_id = ? where id = ?")) {
            s.setString(1, status);
            s.setLong(2, UNKNOWN_EXECUTION);
            s.setLong(3, id);
            assertEquals(1, s.executeUpdate());
        }
    }

}
