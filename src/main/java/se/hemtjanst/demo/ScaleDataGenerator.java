package se.hemtjanst.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.hemtjanst.client.domain.Client;
import se.hemtjanst.identity.application.PasswordHasher;
import se.hemtjanst.identity.infrastructure.TotpSecretBox;
import se.hemtjanst.order.domain.CalculationParameters;
import se.hemtjanst.order.domain.FrameOrder;
import se.hemtjanst.order.domain.LifeArea;
import se.hemtjanst.order.domain.OrderGoal;
import se.hemtjanst.order.domain.OrderVersion;
import se.hemtjanst.order.domain.OrderedService;
import se.hemtjanst.order.domain.RamtidSupport;
import se.hemtjanst.order.domain.VersionContent;
import se.hemtjanst.organization.domain.District;
import se.hemtjanst.organization.domain.Municipality;
import se.hemtjanst.organization.domain.Provider;
import se.hemtjanst.plan.domain.FrameCheck;
import se.hemtjanst.plan.domain.ImplementationPlan;
import se.hemtjanst.plan.domain.PlanContent;
import se.hemtjanst.plan.domain.PlanRevision;
import se.hemtjanst.plan.infrastructure.PlanDocuments;
import se.hemtjanst.shared.domain.PersonalIdentityNumber;
import se.hemtjanst.shared.domain.ValidityPeriod;
import se.hemtjanst.visit.infrastructure.TagKeys;

/**
 * Fills the database with a Stockholm-sized municipality for benchmarks (issue 9): 130 providers, 16,000 clients with
 * acknowledged frame orders, signed implementation plans and an NFC tag each, and one month of visits and scans
 * (about a million visits, two million scans), deterministic from the seed ({@link ScaleModel} says what; this bean
 * writes it). Off unless the server variable {@code hemtjanst.scale.seed} is set; runs once, after the demo data
 * (whose municipality, catalogue, rules and accounts it builds on), and never when the scale data is already there.
 * <p>
 * Written with set-based JDBC batches on jdbc/hemtjanst, committed per chunk of clients, with ids taken in one
 * block from each table's sequence (the sequence is moved past the block afterwards), so the application's own
 * inserts go on without collisions. Every generated account has the demo password (one hash computed once and
 * reused: hashing 2,700 passwords would take minutes) and the demo TOTP secret of its username, encrypted under
 * {@code hemtjanst.totp.encryptionKey} as the identity code expects. Bench data only, never production.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
@TransactionManagement(TransactionManagementType.BEAN)
public class ScaleDataGenerator {

    private static final Logger LOG = Logger.getLogger(ScaleDataGenerator.class.getName());
    private static final String MUNICIPALITY_CODE = "0180";

    @Resource(lookup = "jdbc/hemtjanst")
    DataSource dataSource;

    @Inject
    PasswordHasher hasher;

    @Inject
    TotpSecretBox totpBox;

    @Inject
    TagKeys tagKeys;

    @Inject
    java.time.Clock clock;

    @Inject
    @ConfigProperty(name = "hemtjanst.scale.seed")
    Optional<String> seed;

    @Inject
    @ConfigProperty(name = "hemtjanst.scale.month")
    Optional<String> month;

    /** Fewer clients for a quick run (default 16,000); the providers stay 130 unless set too. */
    @Inject
    @ConfigProperty(name = "hemtjanst.scale.clients")
    Optional<String> clients;

    @Inject
    @ConfigProperty(name = "hemtjanst.scale.providers")
    Optional<String> providers;

    @Inject
    @ConfigProperty(name = "hemtjanst.scale.threads", defaultValue = "2")
    int threads;

    @PostConstruct
    void generate() {
        if (seed.isEmpty() || seed.get().isBlank()) {
            return;
        }
        ScaleModel model = new ScaleModel(Long.parseLong(seed.get().strip()),
                YearMonth.parse(month.filter(m -> !m.isBlank()).orElse("2026-11").strip()),
                Integer.parseInt(clients.filter(c -> !c.isBlank()).orElse("" + ScaleModel.DEFAULT_CLIENTS).strip()),
                Integer.parseInt(providers.filter(c -> !c.isBlank()).orElse("" + ScaleModel.DEFAULT_PROVIDERS).strip()));
        GENERATING.set(true);
        try {
            new Run(model).execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Scale data generation failed: " + e.getMessage(), e);
        } finally {
            GENERATING.set(false);
        }
    }

    private static final java.util.concurrent.atomic.AtomicBoolean GENERATING =
            new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Whether a generation runs now: the visit month summary waits for it (the generator's million visits are
     * folded once, as a whole month, when it is done).
     */
    public static boolean generating() {
        return GENERATING.get();
    }

    /** One generation run on one connection. */
    private final class Run {
        private final ScaleModel model;
        private final LocalDate today = LocalDate.now(clock);
        private final Map<String, Long> next = new LinkedHashMap<>();
        private Connection c;
        private boolean derby;
        private long municipalityId;
        private final long[] districtIds = new long[ScaleModel.DISTRICTS.length];
        private long[] providerIds;
        private final Map<Integer, ScaleJob.VariantData> variants = new HashMap<>();

        Run(ScaleModel model) {
            this.model = model;
        }

        void execute() throws SQLException {
            long started = System.nanoTime();
            try (Connection conn = dataSource.getConnection()) {
                c = conn;
                c.setAutoCommit(false);
                derby = c.getMetaData().getDatabaseProductName().toLowerCase().contains("derby");
                if (count("select count(*) from account where username = '"
                        + ScaleModel.managerUsername(1) + "'") > 0) {
                    String counts = summary();
                    c.commit();
                    LOG.info(() -> "Scale data already present (" + counts + "); nothing generated");
                    return;
                }
                Long m = single("select id from municipality where code = '" + MUNICIPALITY_CODE + "'");
                if (m == null) {
                    c.commit();
                    LOG.warning("Scale data needs the demo data set (hemtjanst.demo.data=true); nothing generated");
                    return;
                }
                municipalityId = m;
                LOG.info(() -> "Generating scale data: seed " + model.seed() + ", month " + model.month() + ", "
                        + model.clients() + " clients, " + model.providers() + " providers");
                for (String seq : List.of("district_seq", "provider_seq", "account_seq", "client_seq",
                        "frame_order_seq", "order_version_seq", "implementation_plan_seq", "plan_revision_seq",
                        "nfc_tag_seq", "visit_seq", "scan_seq")) {
                    next.put(seq, reserve(seq));
                }
                Map<String, Long> base = new HashMap<>(next);
                units();
                c.commit();
                accounts();
                c.commit();
                Map<Integer, ScaleJob.VariantData> all = new HashMap<>();
                for (int k = 0; k < 60; k++) {
                    ScaleModel.Variant v = ScaleModel.variant(k);
                    all.put(v.key(), variant(v));
                }
                long accountsMs = (System.nanoTime() - started) / 1_000_000;
                LOG.info(() -> "Scale data: units and accounts in " + accountsMs / 1000.0 + " s");
                ScaleJob job = new ScaleJob(model, today, districtIds, providerIds, Map.copyOf(all), Map.copyOf(base),
                        started);
                ScaleWorker worker = new ScaleWorker(dataSource, tagKeys);
                java.util.concurrent.ExecutorService helpers = java.util.concurrent.Executors.newFixedThreadPool(
                        Math.max(1, threads - 1), r -> {
                            Thread t = new Thread(r, "scale-data-writer");
                            t.setDaemon(true);
                            return t;
                        });
                List<Future<Integer>> running = new ArrayList<>();
                for (int t = 1; t < threads; t++) {
                    running.add(helpers.submit(() -> worker.write(job)));
                }
                try {
                    worker.write(job);
                } finally {
                    helpers.shutdown();
                }
                for (Future<Integer> f : running) {
                    try {
                        f.get();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    } catch (ExecutionException e) {
                        throw new IllegalStateException("Scale data generation failed: " + e.getCause(), e.getCause());
                    }
                }
                for (String seq : ScaleJob.IDS_PER_CLIENT.keySet()) {
                    next.put(seq, job.end(seq));
                }
                for (Map.Entry<String, Long> e : next.entrySet()) {
                    moveSequence(e.getKey(), e.getValue());
                }
                // The visit trigger left a mark per generated visit: a million marks the summary refresher would fold
                // client by client. One whole-month mark (no client) per marked month rebuilds the same summary in one
                // statement, so the marks are replaced by those (the demo data's months included). No other writer
                // runs during the start, and TRUNCATE takes no row locks.
                java.util.TreeSet<LocalDate> months = new java.util.TreeSet<>();
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("select distinct visit_day from visit_change")) {
                    while (r.next()) {
                        months.add(r.getDate(1).toLocalDate().withDayOfMonth(1));
                    }
                }
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("truncate table visit_change");
                }
                try (PreparedStatement mark = c.prepareStatement(
                        "insert into visit_change (client_id, visit_day) values (null, ?)")) {
                    for (LocalDate marked : months) {
                        mark.setDate(1, java.sql.Date.valueOf(marked));
                        mark.addBatch();
                    }
                    mark.executeBatch();
                }
                c.commit();
                long ms = (System.nanoTime() - started) / 1_000_000;
                String counts = summary();
                c.commit();
                LOG.info(() -> "Scale data generated in " + ms / 1000.0 + " s (seed " + model.seed() + ", month "
                        + model.month() + "): " + counts);
            } finally {
                c = null;
            }
        }

        String summary() throws SQLException {
            return count("select count(*) from provider") + " providers, "
                    + count("select count(*) from client") + " clients, "
                    + count("select count(*) from account") + " accounts, "
                    + count("select count(*) from frame_order") + " orders, "
                    + count("select count(*) from implementation_plan") + " plans, "
                    + count("select count(*) from nfc_tag") + " tags, "
                    + count("select count(*) from visit") + " visits, "
                    + count("select count(*) from scan") + " scans (whole database)";
        }

        // ---- municipality, districts, providers ----

        private void units() throws SQLException {
            Map<String, Long> existing = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select code, id from district")) {
                while (rs.next()) {
                    existing.put(rs.getString(1), rs.getLong(2));
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into district (id, municipality_id, code, name) values (?, ?, ?, ?)")) {
                for (int d = 0; d < ScaleModel.DISTRICTS.length; d++) {
                    Long id = existing.get(ScaleModel.DISTRICTS[d][0]);
                    if (id == null) {
                        id = id("district_seq");
                        ps.setLong(1, id);
                        ps.setLong(2, municipalityId);
                        ps.setString(3, ScaleModel.DISTRICTS[d][0]);
                        ps.setString(4, ScaleModel.DISTRICTS[d][1]);
                        ps.addBatch();
                    }
                    districtIds[d] = id;
                }
                ps.executeBatch();
            }
            providerIds = new long[model.providers() + 1];
            try (PreparedStatement ps = c.prepareStatement("insert into provider (id, municipality_id,"
                    + " organization_number, name, own_operation) values (?, ?, ?, ?, ?)")) {
                for (int p = 1; p <= model.providers(); p++) {
                    providerIds[p] = id("provider_seq");
                    ps.setLong(1, providerIds[p]);
                    ps.setLong(2, municipalityId);
                    ps.setString(3, ScaleModel.organizationNumber(p));
                    ps.setString(4, model.providerName(p));
                    ps.setBoolean(5, ScaleModel.ownOperation(p));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }

        // ---- accounts ----

        private void accounts() throws SQLException {
            String hash = hasher.hash(DemoDataLoader.DEMO_PASSWORD.toCharArray());
            Timestamp created = ts(LocalDate.of(model.month().getYear(), 1, 2).atTime(8, 0)
                    .atZone(ScaleModel.ZONE).toInstant());
            try (PreparedStatement a = c.prepareStatement("insert into account (id, username, display_name, email,"
                    + " password_hash, enabled, district_id, provider_id, created_at, version, totp_secret,"
                    + " totp_enrolled_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
                 PreparedStatement r = c.prepareStatement(
                         "insert into account_role (account_id, role_name) values (?, ?)")) {
                for (int d = 1; d <= ScaleModel.DISTRICTS.length; d++) {
                    account(a, r, ScaleModel.assessorUsername(d), model.personName("assessor", d, 0), hash, created,
                            districtIds[d - 1], null, "ASSESSOR");
                }
                for (int p = 1; p <= model.providers(); p++) {
                    account(a, r, ScaleModel.managerUsername(p), model.personName("manager", p, 0), hash, created,
                            null, providerIds[p], "PROVIDER_MANAGER");
                    for (int s = 1; s <= ScaleModel.STAFF_PER_PROVIDER; s++) {
                        account(a, r, ScaleModel.staffUsername(p, s), model.personName("staff", p, s), hash, created,
                                null, providerIds[p], "STAFF");
                    }
                }
                a.executeBatch();
                r.executeBatch();
            }
        }

        private void account(PreparedStatement a, PreparedStatement r, String username, String name, String hash,
                             Timestamp created, Long district, Long provider, String role) throws SQLException {
            long id = id("account_seq");
            a.setLong(1, id);
            a.setString(2, username);
            a.setString(3, name);
            a.setString(4, username + "@skala.hemtjanst.example");
            a.setString(5, hash);
            a.setBoolean(6, true);
            setLong(a, 7, district);
            setLong(a, 8, provider);
            a.setTimestamp(9, created);
            a.setString(10, totpBox.seal(DemoDataLoader.demoTotpSecret(username)));
            a.setTimestamp(11, created);
            a.addBatch();
            r.setLong(1, id);
            r.setString(2, role);
            r.addBatch();
        }

        /** The order version, plan content and frame check of a variant: built once by the domain's own code. */
        private ScaleJob.VariantData variant(ScaleModel.Variant v) {
            return variants.computeIfAbsent(v.key(), key -> {
                Map<String, Object[]> catalogue = catalogue();
                CalculationParameters rules = new CalculationParameters(BigDecimal.TEN, 5);
                List<OrderedService> services = new ArrayList<>();
                services.add(frame(catalogue, "MORGON", OrderedService.FrequencyKind.PER_DAY, 1, "MORGON"));
                if (v.evening()) {
                    services.add(frame(catalogue, "KVALL1", OrderedService.FrequencyKind.PER_DAY, 1, null));
                }
                services.add(frame(catalogue, "STADNING", OrderedService.FrequencyKind.PER_MONTH, 2, null));
                services.add(frame(catalogue, "INKOP", OrderedService.FrequencyKind.PER_WEEK, 1, null));
                if (v.bath()) {
                    services.add(frame(catalogue, "BADDUSCH", OrderedService.FrequencyKind.PER_WEEK, 2, null));
                }
                if (v.lunch()) {
                    services.add(frame(catalogue, "LUNCH", OrderedService.FrequencyKind.PER_DAY, 1, null));
                }
                if (v.escort()) {
                    Object[] l = catalogue.get("LEDSAGNING");
                    services.add(OrderedService.outsideFrame("LEDSAGNING", (String) l[0], (String) l[1],
                            BigDecimal.valueOf(4)));
                }
                Municipality m = new Municipality(MUNICIPALITY_CODE, "Stockholms stad");
                District district = new District(m, "SKALA", "Skala");
                Client someone = new Client(PersonalIdentityNumber.of12("19200101901"
                        + PersonalIdentityNumber.checkDigit("200101901")), "Skala", "Skala", district);
                FrameOrder order = new FrameOrder(someone, new Provider(m, "569000-0000", "Skala", false),
                        ValidityPeriod.from(LocalDate.of(2026, 1, 1)), "skala", Instant.EPOCH);
                OrderVersion v1 = order.writeVersion(new VersionContent(LocalDate.of(2026, 1, 1),
                        "Bor ensam och behöver stöd för att komma igång på morgonen, med städning och inköp"
                                + (v.evening() ? ", kvällsrutiner" : "") + (v.bath() ? ", dusch" : "")
                                + (v.lunch() ? ", lunch" : "") + (v.escort() ? " och ledsagning" : "") + ".",
                        "Att kunna bo kvar hemma tryggt och själv bestämma över sin vardag.", null, services,
                        List.of(new OrderGoal(LifeArea.PERSONLIG_VARD, "Klara sin morgon med stöd, i egen takt."),
                                new OrderGoal(LifeArea.HEMLIV, "Ha ett rent och tryggt hem.")),
                        RamtidSupport.calculate(services, rules).ramtidHours(), null, null,
                        rules.coordinationGainPercent(), rules.singleServiceExtraMinutes()), "skala", Instant.EPOCH);
                PlanContent content = DemoPlans.content(v1, true);
                return new ScaleJob.VariantData(v1, content, PlanDocuments.toJson(content),
                        FrameCheck.of(content, v1.ramtidHours()));
            });
        }

        private Map<String, Object[]> catalogueCache;

        /** Name and main area name of each service code, as the demo catalogue has them. */
        private Map<String, Object[]> catalogue() {
            if (catalogueCache == null) {
                catalogueCache = new HashMap<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select s.code, s.name, a.name,"
                        + " s.standard_minutes from service_type s join main_area a on a.id = s.main_area_id"
                        + " order by s.valid_from")) {
                    while (rs.next()) {
                        int minutes = rs.getInt(4);
                        catalogueCache.put(rs.getString(1), new Object[] {rs.getString(2), rs.getString(3),
                                rs.wasNull() ? null : minutes});
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            return catalogueCache;
        }

        private OrderedService frame(Map<String, Object[]> catalogue, String code, OrderedService.FrequencyKind kind,
                                     int count, String group) {
            Object[] t = catalogue.get(code);
            return OrderedService.inFrame(code, (String) t[0], (String) t[1], (Integer) t[2], kind, count,
                    java.util.Set.of(), group);
        }

        // ---- ids and sequences ----

        private long id(String seq) {
            long id = next.get(seq);
            next.put(seq, id + 1);
            return id;
        }

        /** The first id of a block no one else will be handed: well past the sequence's current value. */
        private long reserve(String seq) throws SQLException {
            Long value = single(derby ? "values next value for " + seq : "select nextval('" + seq + "')");
            return value + 100;
        }

        /** Moves the sequence past the ids used, so the application's next block starts above them. */
        private void moveSequence(String seq, long nextFree) throws SQLException {
            long restart = nextFree + 100;
            try (Statement s = c.createStatement()) {
                if (derby) {
                    s.execute("drop sequence " + seq + " restrict");
                    s.execute("create sequence " + seq + " as bigint start with " + restart + " increment by 50");
                } else {
                    s.execute("select setval('" + seq + "', " + restart + ")");
                }
            }
        }

        private long count(String sql) throws SQLException {
            Long n = single(sql);
            return n == null ? 0 : n;
        }

        private Long single(String sql) throws SQLException {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(ScaleModel.ZONE).toInstant();
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }
}
