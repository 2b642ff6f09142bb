package se.hemtjanst.demo;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import se.hemtjanst.order.domain.OrderGoal;
import se.hemtjanst.order.domain.OrderVersion;
import se.hemtjanst.order.domain.OrderedService;
import se.hemtjanst.plan.domain.ImplementationPlan;
import se.hemtjanst.plan.domain.PlanRevision;
import se.hemtjanst.visit.infrastructure.TagKeys;

/**
 * Writes chunks of scale data clients (their order, plan, tag, visits and scans) with JDBC batches, one transaction
 * per chunk, on a connection of its own; several run at once (threads of {@link ScaleDataGenerator}: the start-up
 * thread and helpers, since the EJB container runs no asynchronous call before the application has started), each
 * taking the next chunk of the shared {@link ScaleJob} until none is left.
 */
final class ScaleWorker {

    private final DataSource dataSource;
    private final TagKeys tagKeys;

    ScaleWorker(DataSource dataSource, TagKeys tagKeys) {
        this.dataSource = dataSource;
        this.tagKeys = tagKeys;
    }

    int write(ScaleJob job) {
        int chunks = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            while (true) {
                int from = job.nextChunk.getAndIncrement() * ScaleJob.CLIENTS_PER_CHUNK;
                if (from >= job.model.clients()) {
                    break;
                }
                chunk(c, job, from, Math.min(job.model.clients(), from + ScaleJob.CLIENTS_PER_CHUNK));
                c.commit();
                chunks++;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Scale data chunk failed: " + e.getMessage(), e);
        }
        return chunks;
    }


    private void chunk(Connection c, ScaleJob job, int from, int to) throws SQLException {
    ScaleModel model = job.model;
    long[] providerIds = job.providerIds;
    long[] districtIds = job.districtIds;
    LocalDate today = job.today;
    long visitCount = 0;
    long scanCount = 0;
        try (PreparedStatement client = c.prepareStatement("insert into client (id, personal_identity_number,"
                + " first_name, last_name, street, postal_code, city, phone, district_id, status, version)"
                + " values (?, ?, ?, ?, ?, ?, 'Stockholm', ?, ?, 'ACTIVE', 1)");
             PreparedStatement order = c.prepareStatement("insert into frame_order (id, client_id, provider_id,"
                     + " status, valid_from, created_at, created_by, acknowledged_at, acknowledged_by, version)"
                     + " values (?, ?, ?, 'ACKNOWLEDGED', ?, ?, ?, ?, ?, 1)");
             PreparedStatement version = c.prepareStatement("insert into order_version (id, order_id,"
                     + " version_no, applies_from, description, purpose, computed_hours, gain_percent,"
                     + " single_extra_minutes, created_by, created_at) values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement line = c.prepareStatement("insert into order_service_line (version_id, line_no,"
                     + " service_code, service_name, main_area, in_frame, standard_minutes, frequency_kind,"
                     + " frequency_count, weekdays, visit_group, own_hours) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                     + " ?, ?)");
             PreparedStatement goal = c.prepareStatement(
                     "insert into order_goal (version_id, goal_no, life_area, goal) values (?, ?, ?, ?)");
             PreparedStatement plan = c.prepareStatement("insert into implementation_plan (id, order_id,"
                     + " client_id, provider_id, order_version_no, revision_no, content, planned_hours,"
                     + " sign_deadline, started_at, started_by, revised_at, revised_by, signed_on,"
                     + " signed_contact_person, signed_at, signed_by, signed_revision_no, version)"
                     + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 3)");
             PreparedStatement revision = c.prepareStatement("insert into plan_revision (id, plan_id,"
                     + " revision_no, event, order_version_no, needs_review, planned_hours, ramtid_hours, content,"
                     + " saved_by, saved_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement tag = c.prepareStatement("insert into nfc_tag (id, client_id, uid, kind, status,"
                     + " file_read_key, highest_counter, placement, registered_by, registered_at, version)"
                     + " values (?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?, 1)");
             PreparedStatement visit = c.prepareStatement("insert into visit (id, client_id, provider_id, staff,"
                     + " service_code, visit_day, arrival_at, departure_at, minutes, status, declined, manual,"
                     + " manual_reason, manual_note, approved_by, approved_at, correct_by, locked, version)"
                     + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
             PreparedStatement deviation = c.prepareStatement(
                     "insert into visit_deviation (visit_id, kind, detail, resolved) values (?, ?, ?, ?)");
             PreparedStatement scan = c.prepareStatement("insert into scan (id, scan_id, body_hash, staff,"
                     + " client_id, tag_id, scan_type, device_time, device_offset_minutes, received_at,"
                     + " service_code, declined, queued_offline, sun_counter, skew_seconds, outcome, visit_id)"
                     + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int k = from; k < to; k++) {
                int p = model.providerOf(k);
                int d = model.districtOfClient(k);
                String assessor = ScaleModel.assessorUsername(d + 1);
                String manager = ScaleModel.managerUsername(p);
                ScaleModel.Person person = model.person(k);
                long clientId = job.id("client_seq", k, 0);
                client.setLong(1, clientId);
                client.setString(2, person.personalIdentityNumber());
                client.setString(3, person.firstName());
                client.setString(4, person.lastName());
                client.setString(5, person.street());
                client.setString(6, person.postalCode());
                client.setString(7, person.phone());
                client.setLong(8, districtIds[d]);
                client.addBatch();

                ScaleJob.VariantData variant = job.variants.get(ScaleModel.variant(k).key());
                LocalDate start = model.orderStart(k);
                Instant created = at(start.minusDays(5), 10);
                long orderId = job.id("frame_order_seq", k, 0);
                order.setLong(1, orderId);
                order.setLong(2, clientId);
                order.setLong(3, providerIds[p]);
                order.setDate(4, Date.valueOf(start));
                order.setTimestamp(5, ts(created));
                order.setString(6, assessor);
                order.setTimestamp(7, ts(at(start.minusDays(4), 9)));
                order.setString(8, manager);
                order.addBatch();
                long versionId = job.id("order_version_seq", k, 0);
                OrderVersion v1 = variant.version();
                version.setLong(1, versionId);
                version.setLong(2, orderId);
                version.setDate(3, Date.valueOf(start));
                version.setString(4, v1.description());
                version.setString(5, v1.purpose());
                version.setBigDecimal(6, v1.computedHours());
                version.setBigDecimal(7, v1.gainPercent());
                version.setInt(8, v1.singleExtraMinutes());
                version.setString(9, assessor);
                version.setTimestamp(10, ts(created));
                version.addBatch();
                List<OrderedService> services = v1.services();
                for (int n = 0; n < services.size(); n++) {
                    OrderedService s = services.get(n);
                    line.setLong(1, versionId);
                    line.setInt(2, n);
                    line.setString(3, s.serviceCode());
                    line.setString(4, s.serviceName());
                    line.setString(5, s.mainArea());
                    line.setBoolean(6, s.inFrame());
                    setInt(line, 7, s.standardMinutes());
                    line.setString(8, s.frequencyKind() == null ? null : s.frequencyKind().name());
                    setInt(line, 9, s.frequencyCount());
                    line.setNull(10, Types.VARCHAR);
                    line.setString(11, s.visitGroup());
                    line.setBigDecimal(12, s.ownHours());
                    line.addBatch();
                }
                List<OrderGoal> goals = v1.goals();
                for (int n = 0; n < goals.size(); n++) {
                    goal.setLong(1, versionId);
                    goal.setInt(2, n);
                    goal.setString(3, goals.get(n).lifeArea().name());
                    goal.setString(4, goals.get(n).goal());
                    goal.addBatch();
                }

                // The plan, through the domain's own rules: saved, then signed by client and contact person.
                long planId = job.id("implementation_plan_seq", k, 0);
                Instant planStarted = at(start.plusDays(2), 10);
                LocalDate signedOn = start.plusDays(8).isAfter(today) ? today : start.plusDays(8);
                ImplementationPlan ip = new ImplementationPlan(orderId, clientId, providerIds[p], start, manager,
                        planStarted);
                PlanRevision saved = ip.revise(variant.content(), variant.json(), 1, 1, v1.ramtidHours(), manager,
                        planStarted);
                String contact = model.personName("staff", p, 1 + k % ScaleModel.STAFF_PER_PROVIDER);
                PlanRevision signed = ip.sign(variant.content(), variant.frame(), 1, signedOn, true, contact, today,
                        manager, at(signedOn, 11));
                plan.setLong(1, planId);
                plan.setLong(2, orderId);
                plan.setLong(3, clientId);
                plan.setLong(4, providerIds[p]);
                plan.setInt(5, ip.orderVersionNo());
                plan.setInt(6, ip.revisionNo());
                plan.setString(7, ip.content());
                plan.setBigDecimal(8, ip.plannedHours());
                plan.setDate(9, Date.valueOf(ip.signDeadline()));
                plan.setTimestamp(10, ts(ip.startedAt()));
                plan.setString(11, ip.startedBy());
                plan.setTimestamp(12, ts(ip.revisedAt()));
                plan.setString(13, ip.revisedBy());
                plan.setDate(14, Date.valueOf(ip.signedOn()));
                plan.setString(15, ip.signedContactPerson());
                plan.setTimestamp(16, ts(ip.signedAt()));
                plan.setString(17, ip.signedBy());
                plan.setInt(18, ip.signedRevisionNo());
                plan.addBatch();
                for (PlanRevision r : List.of(saved, signed)) {
                    revision.setLong(1, job.id("plan_revision_seq", k, r == saved ? 0 : 1));
                    revision.setLong(2, planId);
                    revision.setInt(3, r.revisionNo());
                    revision.setString(4, r.event().name());
                    revision.setInt(5, r.orderVersionNo());
                    revision.setBoolean(6, r.needsReview());
                    revision.setBigDecimal(7, r.plannedHours());
                    revision.setBigDecimal(8, r.ramtidHours());
                    revision.setString(9, r.content());
                    revision.setString(10, r.savedBy());
                    revision.setTimestamp(11, ts(r.savedAt()));
                    revision.addBatch();
                }

                // The tag and the month's visits with their scans.
                List<ScaleModel.GenVisit> month = model.visits(k);
                boolean ntag = ScaleModel.ntag424(k);
                String uid = ScaleModel.tagUid(k);
                long tagId = job.id("nfc_tag_seq", k, 0);
                int tagScans = 0;
                for (ScaleModel.GenVisit g : month) {
                    tagScans += g.scans();
                }
                tag.setLong(1, tagId);
                tag.setLong(2, clientId);
                tag.setString(3, uid);
                tag.setString(4, ntag ? "NTAG424" : "PLAIN_UID");
                tag.setString(5, ntag ? tagKeys.seal(ScaleModel.fileReadKey(model.seed(), uid)) : null);
                setInt(tag, 6, ntag && tagScans > 0 ? tagScans : null);
                tag.setString(7, "Innanför ytterdörren, vänster karm");
                tag.setString(8, manager);
                tag.setTimestamp(9, ts(at(start.plusDays(1), 14)));
                tag.addBatch();
                if (month.size() > ScaleJob.MAX_VISITS_PER_CLIENT) {
                    throw new IllegalStateException("Client " + k + " has " + month.size() + " visits");
                }
                int[] counters = new int[2];
                for (int j = 0; j < month.size(); j++) {
                    visit(job, visit, deviation, scan, month.get(j), k, j, clientId, p, tagId, ntag, counters);
                }
                visitCount += month.size();
                scanCount += counters[1];
            }
            client.executeBatch();
            order.executeBatch();
            version.executeBatch();
            line.executeBatch();
            goal.executeBatch();
            plan.executeBatch();
            revision.executeBatch();
            tag.executeBatch();
            visit.executeBatch();
            deviation.executeBatch();
            scan.executeBatch();
        }
        job.progressed(to - from, visitCount, scanCount);
    }

    /** counters: [0] the tag's SUN counter so far, [1] the client's scans so far. */
    private void visit(ScaleJob job, PreparedStatement visit, PreparedStatement deviation, PreparedStatement scan,
                       ScaleModel.GenVisit g, int k, int j, long clientId, int p, long tagId, boolean ntag,
                       int[] counters) throws SQLException {
        LocalDate today = job.today;
        long[] providerIds = job.providerIds;
        long id = job.id("visit_seq", k, j);
        String staff = ScaleModel.staffUsername(p, g.staff());
        Integer minutes = g.minutes();
        boolean manual = g.kind() == ScaleModel.Kind.MANUAL;
        boolean declined = g.kind() == ScaleModel.Kind.DECLINED;
        LocalDate correctBy = g.correctBy();
        visit.setLong(1, id);
        visit.setLong(2, clientId);
        visit.setLong(3, providerIds[p]);
        visit.setString(4, staff);
        visit.setString(5, g.serviceCode());
        visit.setDate(6, Date.valueOf(g.day()));
        visit.setTimestamp(7, ts(g.arrival()));
        visit.setTimestamp(8, g.departure() == null ? null : ts(g.departure()));
        setInt(visit, 9, minutes);
        visit.setString(10, g.departure() == null ? "INCOMPLETE" : "COMPLETE");
        visit.setBoolean(11, declined);
        visit.setBoolean(12, manual);
        visit.setString(13, manual ? "OUTSIDE_HOME" : null);
        visit.setString(14, manual ? "Följde med till vårdcentralen" : null);
        visit.setString(15, manual ? ScaleModel.managerUsername(p) : null);
        visit.setTimestamp(16, manual ? ts(g.departure().plusSeconds(86_400)) : null);
        visit.setDate(17, Date.valueOf(correctBy));
        visit.setBoolean(18, today.isAfter(correctBy));
        visit.addBatch();
        if (manual) {
            deviation(deviation, id, "MANUAL", "OUTSIDE_HOME", true);
        }
        if (g.departure() == null) {
            deviation(deviation, id, "MISSING_DEPARTURE", "No departure registered", false);
        } else if (minutes < 3) {
            deviation(deviation, id, "TOO_SHORT", minutes + " min", false);
        } else if (minutes > 240) {
            deviation(deviation, id, "TOO_LONG", minutes + " min", false);
        }
        if (!manual) {
            scan(job, scan, g, g.arrival(), "ARRIVAL", "OPENED", staff, k, clientId, tagId, ntag, counters, id,
                    declined);
            if (g.departure() != null) {
                scan(job, scan, g, g.departure(), "DEPARTURE", "COMPLETED", staff, k, clientId, tagId, ntag,
                        counters, id, declined);
            }
        }
    }

    private void scan(ScaleJob job, PreparedStatement scan, ScaleModel.GenVisit g, Instant device, String type,
                      String outcome, String staff, int k, long clientId, long tagId, boolean ntag, int[] counters,
                      long visitId, boolean declined) throws SQLException {
        int j = counters[1]++;
        long n = (long) k * ScaleJob.MAX_SCANS_PER_CLIENT + j;
        String scanId = job.model.scanId(n).toString();
        // A few phones were offline and sent their queue later; the rest within seconds.
        boolean offline = n % 50 == 7;
        Instant received = device.plusSeconds(offline ? 300 + n % 3000 : 1 + n % 9);
        int next = ntag ? ++counters[0] : 0;
        scan.setLong(1, job.id("scan_seq", k, j));
        scan.setString(2, scanId);
        scan.setString(3, HexFormat.of().formatHex(ScaleModel.sha256((scanId + "|" + type + "|" + device)
                .getBytes(StandardCharsets.UTF_8))));
        scan.setString(4, staff);
        scan.setLong(5, clientId);
        scan.setLong(6, tagId);
        scan.setString(7, type);
        scan.setTimestamp(8, ts(device));
        scan.setInt(9, ScaleModel.ZONE.getRules().getOffset(device).getTotalSeconds() / 60);
        scan.setTimestamp(10, ts(received));
        scan.setString(11, g.serviceCode());
        scan.setBoolean(12, declined);
        scan.setBoolean(13, offline);
        setInt(scan, 14, ntag ? next : null);
        scan.setLong(15, device.getEpochSecond() - received.getEpochSecond());
        scan.setString(16, outcome);
        scan.setLong(17, visitId);
        scan.addBatch();
    }

    private void deviation(PreparedStatement ps, long visitId, String kind, String detail, boolean resolved)
            throws SQLException {
        ps.setLong(1, visitId);
        ps.setString(2, kind);
        ps.setString(3, detail);
        ps.setBoolean(4, resolved);
        ps.addBatch();
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(ScaleModel.ZONE).toInstant();
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }
}
