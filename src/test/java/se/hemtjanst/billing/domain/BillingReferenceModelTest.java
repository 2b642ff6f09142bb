package se.hemtjanst.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import se.hemtjanst.shared.domain.SwedishHolidays;

/**
 * Property test: 1,000 random months (1-3 clients each, seeded and reproducible) settled by the production code and
 * by a deliberately plain reference model written here: granted time summed day by day in integer hundredths,
 * performed time classified minute by minute on the wall clock, the cap and its proportional band split written
 * as one closed formula on big-integer fractions. Every exact figure, every rounded report figure and every amount
 * must agree. A failure names its seed; rerun one with {@code -Dbilling.seed=<seed>}.
 */
class BillingReferenceModelTest {

    static final int MONTHS = 1000;
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    // ------------------------------------------------------------------ scenario data (plain, test-owned)

    enum Kind { RAM, MORGON, LEDS, NATT }

    record Version(LocalDate from, LocalDate to, int ramtid, Integer leds, Integer natt) { }

    record Pause(LocalDate first, LocalDate last) { }

    record Visit(Kind kind, Instant start, Instant end, boolean declined, boolean locked) { }

    record Band(Set<DayOfWeek> days, LocalTime from, LocalTime to, HolidayTreatment holidays) { }

    record Rules(BillingModel model, int limitPercent, long dayRateOre, long otherRateOre, Band band,
                 boolean declinedUnpaid, TimeBand orderedBand) { }

    record Client(String id, List<Version> versions, List<Pause> pauses, List<Visit> visits) { }

    record Scenario(long seed, YearMonth month, Rules rules, List<Client> clients) { }

    // ------------------------------------------------------------------ the property

    @Test
    void productionAgreesWithTheReferenceModel() {
        String only = System.getProperty("billing.seed");
        int checked = 0;
        int cappedRows = 0;
        for (long seed = 1; seed <= MONTHS; seed++) {
            if (only != null && seed != Long.parseLong(only)) {
                continue;
            }
            Scenario scenario = generate(seed);
            cappedRows += check(scenario);
            checked++;
        }
        assertTrue(only != null || checked == MONTHS);
        // the generator must actually exercise the cap, or the property proves little
        assertTrue(only != null || cappedRows > 100, "rows over the limit: " + cappedRows);
    }

    /** Checks one scenario; answers how many rows were over the limit. */
    int check(Scenario s) {
        String where = "seed " + s.seed() + " (" + s.month() + ")";
        BillingRules rules = productionRules(s.rules());
        List<ClientSettlement> settlements = new ArrayList<>();
        Map<Kind, RefRow> providerTotals = new TreeMap<>();
        int capped = 0;
        for (Client client : s.clients()) {
            ClientSettlement settlement = BillingCalculator.settle(productionInput(s.month(), client), rules);
            settlements.add(settlement);
            RefClient ref = reference(s.month(), s.rules(), client);
            String at = where + " client " + client.id();
            assertEquals(ref.rows().keySet(), kindsOf(settlement), at + " rows");
            assertEquals(ref.unlocked(), settlement.unlockedVisits(), at + " unlocked");
            assertEquals(new NotBilled(ref.notBilledVisits(), ref.notBilledMinutes()), settlement.notBilled(), at);
            for (Map.Entry<Kind, RefRow> e : ref.rows().entrySet()) {
                SettlementLine line = settlement.line(rowOf(e.getKey())).orElseThrow();
                RefRow r = e.getValue();
                String row = at + " " + e.getKey();
                assertEquals(r.granted().exact(), line.granted().granted(), row + " granted");
                assertEquals(r.pause().exact(), line.granted().pause(), row + " pause");
                assertEquals(new BandMinutes(r.dayMinutes(), r.otherMinutes()), line.performed(), row + " performed");
                assertEquals(r.visits(), line.visits(), row + " visits");
                for (TimeBand band : TimeBand.values()) {
                    int i = band.ordinal();
                    assertEquals(r.compensated()[i].exact(), line.compensatedByBand().get(band), row + " comp " + band);
                    assertEquals(r.excess()[i].exact(), line.excessByBand().get(band), row + " excess " + band);
                    assertEquals(r.compensated()[i].amount(rate(s.rules(), band)), line.amount(band), row + " amount");
                    assertEquals(r.excess()[i].amount(rate(s.rules(), band)), line.excessAmount(band), row + " xamount");
                }
                if (r.excess()[0].signum() + r.excess()[1].signum() > 0) {
                    capped++;
                }
                providerTotals.merge(e.getKey(), r, RefRow::plus);
            }
            // one client's report is that client's figures, rounded
            assertReport(ref.rows(), TimunderlagLov.of(s.month(), List.of(settlement)), at + " report", s.rules());
        }
        assertReport(providerTotals, TimunderlagLov.of(s.month(), settlements), where + " provider report", s.rules());
        return capped;
    }

    void assertReport(Map<Kind, RefRow> ref, TimunderlagLov report, String where, Rules rules) {
        assertEquals(ref.size(), report.rows().size(), where + " row count");
        RefRow total = RefRow.ZERO;
        int i = 0;
        for (Map.Entry<Kind, RefRow> e : ref.entrySet()) { // Kind order is the report's row order
            RefRow r = e.getValue();
            TimunderlagLov.Figures f = report.rows().get(i++).figures();
            assertFigures(r, f, where + " " + e.getKey(), rules);
            total = total.plus(r);
        }
        assertFigures(total, report.total().figures(), where + " total", rules);
    }

    void assertFigures(RefRow r, TimunderlagLov.Figures f, String where, Rules rules) {
        assertEquals(r.granted().rounded(), f.beviljadTid(), where + " Beviljad tid");
        assertEquals(r.pause().rounded(), f.uppehall(), where + " Uppehåll");
        assertEquals(r.granted().minus(r.pause()).rounded(), f.beviljadTidLov(), where + " Beviljad tid LOV");
        Q performed = Q.of(r.dayMinutes() + r.otherMinutes(), 60);
        assertEquals(performed.rounded(), f.utfordTid(), where + " Utförd tid");
        assertEquals(r.compensated()[0].plus(r.compensated()[1]).rounded(), f.ersattningstimmar(), where + " Ersättn");
        assertEquals(r.visits(), f.antalBesok(), where + " Antal besök");
        BigDecimal perVisit = r.visits() == 0 ? new BigDecimal("0.00")
                : new BigDecimal(r.dayMinutes() + r.otherMinutes())
                        .divide(BigDecimal.valueOf(60L * r.visits()), 2, RoundingMode.HALF_UP);
        assertEquals(perVisit, f.tidPerBesok(), where + " Tid per besök");
    }

    // ------------------------------------------------------------------ the reference model

    /** A plain fraction of hours; never normalised, compared by cross-multiplication. */
    record Q(BigInteger n, BigInteger d) {
        static final Q ZERO = of(0, 1);

        static Q of(long n, long d) {
            return new Q(BigInteger.valueOf(n), BigInteger.valueOf(d));
        }

        Q plus(Q o) {
            return new Q(n.multiply(o.d).add(o.n.multiply(d)), d.multiply(o.d));
        }

        Q minus(Q o) {
            return plus(new Q(o.n.negate(), o.d));
        }

        int signum() {
            return n.signum() * d.signum();
        }

        BigDecimal rounded() {
            return new BigDecimal(n).divide(new BigDecimal(d), 2, RoundingMode.HALF_UP);
        }

        BigDecimal amount(long rateOre) {
            return new BigDecimal(n.multiply(BigInteger.valueOf(rateOre)))
                    .divide(new BigDecimal(d.multiply(BigInteger.valueOf(100))), 2, RoundingMode.HALF_UP);
        }

        ExactHours exact() {
            return ExactHours.ofFraction(n, d);
        }
    }

    record RefRow(Q granted, Q pause, long dayMinutes, long otherMinutes, int visits, Q[] compensated, Q[] excess,
                  BigDecimal amount) {
        static final RefRow ZERO = new RefRow(Q.ZERO, Q.ZERO, 0, 0, 0, new Q[] {Q.ZERO, Q.ZERO},
                new Q[] {Q.ZERO, Q.ZERO}, BigDecimal.ZERO);

        RefRow plus(RefRow o) {
            return new RefRow(granted.plus(o.granted), pause.plus(o.pause), dayMinutes + o.dayMinutes,
                    otherMinutes + o.otherMinutes, visits + o.visits,
                    new Q[] {compensated[0].plus(o.compensated[0]), compensated[1].plus(o.compensated[1])},
                    new Q[] {excess[0].plus(o.excess[0]), excess[1].plus(o.excess[1])}, amount.add(o.amount));
        }
    }

    record RefClient(Map<Kind, RefRow> rows, int unlocked, int notBilledVisits, long notBilledMinutes) { }

    static RefClient reference(YearMonth month, Rules rules, Client client) {
        int daysInMonth = month.lengthOfMonth();
        // granted, day by day, in hundredths of an hour
        long ramG = 0, ramP = 0, ledsG = 0, ledsP = 0;
        for (int day = 1; day <= daysInMonth; day++) {
            LocalDate date = month.atDay(day);
            Version v = null;
            for (Version candidate : client.versions()) {
                if (!date.isBefore(candidate.from()) && (candidate.to() == null || !date.isAfter(candidate.to()))) {
                    v = candidate;
                }
            }
            if (v == null) {
                continue;
            }
            boolean paused = false;
            for (Pause p : client.pauses()) {
                paused |= !date.isBefore(p.first()) && !date.isAfter(p.last());
            }
            ramG += v.ramtid();
            ledsG += v.leds() == null ? 0 : v.leds();
            if (paused) {
                ramP += v.ramtid();
                ledsP += v.leds() == null ? 0 : v.leds();
            }
        }
        // performed, minute by minute
        Map<Kind, long[]> minutes = new HashMap<>(); // [day, other, visits]
        int unlocked = 0, notBilledVisits = 0;
        long notBilledMinutes = 0;
        for (Visit v : client.visits()) {
            long start = floorToMinute(v.start().getEpochSecond());
            long end = floorToMinute(v.end().getEpochSecond());
            if (!v.locked()) {
                unlocked++;
                continue;
            }
            if (v.kind() == Kind.NATT) {
                notBilledVisits++;
                notBilledMinutes += (end - start) / 60;
                continue;
            }
            long[] m = minutes.computeIfAbsent(v.kind(), k -> new long[3]);
            m[2]++;
            if (v.declined() && rules.declinedUnpaid()) {
                continue;
            }
            for (long t = start; t < end; t += 60) {
                m[daytime(Instant.ofEpochSecond(t), rules.band()) ? 0 : 1]++;
            }
        }
        Map<Kind, RefRow> rows = new TreeMap<>();
        long[] none = new long[3];
        long[] ram = minutes.getOrDefault(Kind.RAM, none);
        if (ramG > 0 || ram[2] > 0) {
            rows.put(Kind.RAM, row(rules, Kind.RAM, ramG, ramP, ram, daysInMonth));
        }
        long[] morgon = minutes.getOrDefault(Kind.MORGON, none);
        if (morgon[2] > 0) {
            rows.put(Kind.MORGON, row(rules, Kind.MORGON, 0, 0, morgon, daysInMonth));
        }
        long[] leds = minutes.getOrDefault(Kind.LEDS, none);
        if (ledsG > 0 || leds[2] > 0) {
            rows.put(Kind.LEDS, row(rules, Kind.LEDS, ledsG, ledsP, leds, daysInMonth));
        }
        return new RefClient(rows, unlocked, notBilledVisits, notBilledMinutes);
    }

    static RefRow row(Rules rules, Kind kind, long grantedHundredthDays, long pausedHundredthDays, long[] m,
                      int daysInMonth) {
        Q granted = Q.of(grantedHundredthDays, 100L * daysInMonth);
        Q pause = Q.of(pausedHundredthDays, 100L * daysInMonth);
        Q[] comp = {Q.ZERO, Q.ZERO};
        Q[] excess = {Q.ZERO, Q.ZERO};
        long total = m[0] + m[1];
        long lov = grantedHundredthDays - pausedHundredthDays;
        if (kind == Kind.MORGON) {
            // wrongly tied: nothing paid
        } else if (rules.model() == BillingModel.ORDERED_TIME && kind == Kind.RAM) {
            comp[rules.orderedBand().ordinal()] = granted.minus(pause);
        } else if (rules.model() == BillingModel.ORDERED_TIME) {
            comp = new Q[] {Q.of(m[0], 60), Q.of(m[1], 60)};
        } else {
            // within the limit iff total/60 <= lov × L / (10000 × D), i.e. total × 10000 × D <= lov × L × 60
            boolean within = BigInteger.valueOf(total).multiply(BigInteger.valueOf(10000L * daysInMonth))
                    .compareTo(BigInteger.valueOf(lov).multiply(BigInteger.valueOf(60L * rules.limitPercent()))) <= 0;
            for (int b = 0; b < 2; b++) {
                Q performed = Q.of(m[b], 60);
                // band share of the cap: m_b × lov × L / (10000 × D × total)
                comp[b] = within ? performed : new Q(
                        BigInteger.valueOf(m[b]).multiply(BigInteger.valueOf(lov)).multiply(
                                BigInteger.valueOf(rules.limitPercent())),
                        BigInteger.valueOf(10000L * daysInMonth).multiply(BigInteger.valueOf(total)));
                excess[b] = performed.minus(comp[b]);
            }
        }
        BigDecimal amount = comp[0].amount(rules.dayRateOre()).add(comp[1].amount(rules.otherRateOre()));
        return new RefRow(granted, pause, m[0], m[1], (int) m[2], comp, excess, amount);
    }

    static long floorToMinute(long epochSecond) {
        return epochSecond - Math.floorMod(epochSecond, 60);
    }

    /** Wall-clock reading of one minute. */
    static boolean daytime(Instant t, Band band) {
        ZonedDateTime local = t.atZone(ZONE);
        LocalDate date = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        if (!band.days().contains(date.getDayOfWeek())) {
            return false;
        }
        if (band.holidays() != HolidayTreatment.NONE && SwedishHolidays.isPublicHoliday(date)) {
            return false;
        }
        if (band.holidays() == HolidayTreatment.PUBLIC_HOLIDAYS_AND_EVES) {
            LocalDate midsummerEve = LocalDate.of(date.getYear(), 6, 20)
                    .with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)).minusDays(1);
            boolean eve = date.equals(midsummerEve) || (date.getMonth() == Month.DECEMBER
                    && (date.getDayOfMonth() == 24 || date.getDayOfMonth() == 31));
            if (eve) {
                return false;
            }
        }
        return time.compareTo(band.from()) >= 0 && (band.to().equals(LocalTime.MIDNIGHT) || time.isBefore(band.to()));
    }

    // ------------------------------------------------------------------ mapping to the production API

    static BillingRules productionRules(Rules r) {
        return BillingRules.builder(LocalDate.of(2000, 1, 1)).model(r.model())
                .limitPercent(BigDecimal.valueOf(r.limitPercent()))
                .rates(BigDecimal.valueOf(r.dayRateOre(), 2), BigDecimal.valueOf(r.otherRateOre(), 2))
                .daytimeBand(new DaytimeBand(r.band().days(), r.band().from(), r.band().to(), r.band().holidays()))
                .declinedVisitsUnpaid(r.declinedUnpaid()).orderedTimeBand(r.orderedBand()).build();
    }

    static ClientMonth productionInput(YearMonth month, Client c) {
        List<FrameOrderVersion> versions = new ArrayList<>();
        for (Version v : c.versions()) {
            List<OutOfFrameService> services = new ArrayList<>();
            if (v.leds() != null) {
                services.add(new OutOfFrameService("LEDS", "Ledsagning", BigDecimal.valueOf(v.leds(), 2), true));
            }
            if (v.natt() != null) {
                services.add(new OutOfFrameService("NATT", "Natthjälp", BigDecimal.valueOf(v.natt(), 2), false));
            }
            versions.add(new FrameOrderVersion(v.from(), v.to(), BigDecimal.valueOf(v.ramtid(), 2), services));
        }
        List<PausePeriod> pauses = c.pauses().stream().map(p -> new PausePeriod(p.first(), p.last())).toList();
        List<PerformedVisit> visits = c.visits().stream().map(v -> switch (v.kind()) {
            case RAM -> new PerformedVisit("RAM", "RAM-tid", true, true, v.start(), v.end(), v.declined(), v.locked());
            case MORGON -> new PerformedVisit("MORGON", "Morgonhjälp", true, true, v.start(), v.end(), v.declined(),
                    v.locked());
            case LEDS -> new PerformedVisit("LEDS", "Ledsagning", false, true, v.start(), v.end(), v.declined(),
                    v.locked());
            case NATT -> new PerformedVisit("NATT", "Natthjälp", false, false, v.start(), v.end(), v.declined(),
                    v.locked());
        }).toList();
        return new ClientMonth(c.id(), month, new GrantedTime(versions, pauses), visits);
    }

    static ServiceRow rowOf(Kind kind) {
        return switch (kind) {
            case RAM -> new ServiceRow(ServiceRow.Kind.RAMTID, "RAM");
            case MORGON -> new ServiceRow(ServiceRow.Kind.IN_FRAME_SERVICE, "MORGON");
            case LEDS -> new ServiceRow(ServiceRow.Kind.OUT_OF_FRAME, "LEDS");
            case NATT -> throw new IllegalArgumentException("not a LOV row");
        };
    }

    static Set<Kind> kindsOf(ClientSettlement s) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (SettlementLine l : s.lines()) {
            kinds.add(switch (l.row().kind()) {
                case RAMTID -> Kind.RAM;
                case IN_FRAME_SERVICE -> Kind.MORGON;
                case OUT_OF_FRAME -> Kind.LEDS;
            });
        }
        return kinds;
    }

    static long rate(Rules r, TimeBand band) {
        return band == TimeBand.DAYTIME ? r.dayRateOre() : r.otherRateOre();
    }

    // ------------------------------------------------------------------ the generator

    static Scenario generate(long seed) {
        Random r = new Random(seed);
        int monthNo = r.nextInt(3) == 0 ? new int[] {2, 3, 10, 12}[r.nextInt(4)] : 1 + r.nextInt(12);
        YearMonth month = YearMonth.of(2020 + r.nextInt(11), monthNo);
        Rules rules = rules(r);
        List<Client> clients = new ArrayList<>();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            clients.add(r.nextInt(7) == 0 ? atTheLimit(r, month, rules, "k" + i) : client(r, month, rules, "k" + i));
        }
        return new Scenario(seed, month, rules, clients);
    }

    static Rules rules(Random r) {
        BillingModel model = r.nextInt(4) == 0 ? BillingModel.ORDERED_TIME : BillingModel.PERFORMED_TIME;
        int limit = new int[] {100, 105, 110, 110, 110, 110, 125, 150}[r.nextInt(8)];
        Band band;
        if (r.nextInt(5) < 3) {
            band = new Band(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(7, 0), LocalTime.of(22, 0),
                    HolidayTreatment.PUBLIC_HOLIDAYS);
        } else {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek d : DayOfWeek.values()) {
                if (r.nextInt(3) > 0) {
                    days.add(d);
                }
            }
            LocalTime[] edges = {LocalTime.MIDNIGHT, LocalTime.of(2, 30), LocalTime.of(3, 0), LocalTime.of(6, 0),
                    LocalTime.of(7, 0), LocalTime.of(r.nextInt(24), r.nextInt(60))};
            LocalTime from = edges[r.nextInt(edges.length)];
            LocalTime to;
            if (r.nextInt(4) == 0 || from.getHour() == 23) {
                to = LocalTime.MIDNIGHT;
            } else {
                int fromMinute = from.toSecondOfDay() / 60;
                to = LocalTime.ofSecondOfDay(60L * (fromMinute + 1 + r.nextInt(24 * 60 - fromMinute - 1)));
            }
            band = new Band(days, from, to, HolidayTreatment.values()[r.nextInt(3)]);
        }
        return new Rules(model, limit, 30000 + r.nextInt(40000), 30000 + r.nextInt(40000), band, r.nextBoolean(),
                r.nextBoolean() ? TimeBand.DAYTIME : TimeBand.OTHER_TIME);
    }

    static Client client(Random r, YearMonth month, Rules rules, String id) {
        List<Version> versions = new ArrayList<>();
        LocalDate cursor = month.atDay(1).minusDays(45).plusDays(r.nextInt(60));
        int count = r.nextInt(4);
        for (int i = 0; i < count; i++) {
            LocalDate to = cursor.plusDays(r.nextInt(40));
            boolean open = i == count - 1 && r.nextBoolean();
            versions.add(new Version(cursor, open ? null : to, r.nextInt(8) == 0 ? 0 : r.nextInt(6000),
                    r.nextBoolean() ? r.nextInt(1500) : null, r.nextInt(3) == 0 ? r.nextInt(3000) : null));
            cursor = to.plusDays(1 + (r.nextInt(3) == 0 ? r.nextInt(10) : 0));
        }
        List<Pause> pauses = new ArrayList<>();
        int pauseCount = r.nextInt(4);
        for (int i = 0; i < pauseCount; i++) {
            LocalDate first = month.atDay(1).minusDays(20).plusDays(r.nextInt(month.lengthOfMonth() + 40));
            pauses.add(new Pause(first, first.plusDays(r.nextInt(20))));
        }
        List<Visit> visits = new ArrayList<>();
        int visitCount = r.nextInt(45);
        for (int i = 0; i < visitCount; i++) {
            int k = r.nextInt(10);
            Kind kind = k < 6 ? Kind.RAM : k == 6 ? Kind.MORGON : k < 9 ? Kind.LEDS : Kind.NATT;
            visits.add(visit(r, month, rules, kind, duration(r), r.nextInt(10) == 0, r.nextInt(12) > 0));
        }
        return new Client(id, versions, pauses, visits);
    }

    /**
     * A client whose ramtid performed time lands exactly on the limit, or one minute either side: one full-month
     * version of whole hours H, so the limit is H × L × 60 / 100 whole minutes.
     */
    static Client atTheLimit(Random r, YearMonth month, Rules rules, String id) {
        int hours = 1 + r.nextInt(20);
        long target = 60L * hours * rules.limitPercent() / 100 + (r.nextInt(3) - 1);
        List<Visit> visits = new ArrayList<>();
        long sum = 0;
        while (sum < target) {
            long d = Math.min(1 + r.nextInt(240), target - sum);
            visits.add(visit(r, month, rules, Kind.RAM, d, false, true));
            sum += d;
        }
        if (r.nextBoolean()) {
            visits.add(visit(r, month, rules, Kind.MORGON, duration(r), false, true));
        }
        return new Client(id, List.of(new Version(month.atDay(1).minusYears(1), null, hours * 100, null, null)),
                List.of(), visits);
    }

    static long duration(Random r) {
        int k = r.nextInt(10);
        return k < 7 ? r.nextInt(90) : k < 9 ? r.nextInt(300) : r.nextInt(900);
    }

    static Visit visit(Random r, YearMonth month, Rules rules, Kind kind, long minutes, boolean declined,
                       boolean locked) {
        LocalDate date = month.atDay(1 + r.nextInt(month.lengthOfMonth()));
        int minuteOfDay;
        int k = r.nextInt(10);
        if (k < 5) {
            minuteOfDay = r.nextInt(24 * 60);
        } else if (k < 7) {
            minuteOfDay = (r.nextBoolean() ? 7 * 60 : 22 * 60) - 15 + r.nextInt(31);
        } else if (k < 8) {
            int edge = (r.nextBoolean() ? rules.band().from() : rules.band().to()).toSecondOfDay() / 60;
            minuteOfDay = Math.floorMod(edge - 15 + r.nextInt(31), 24 * 60);
        } else if (k < 9 && (month.getMonth() == Month.MARCH || month.getMonth() == Month.OCTOBER)) {
            date = month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
            minuteOfDay = 30 + r.nextInt(180);
        } else {
            date = month.atEndOfMonth();
            minuteOfDay = 22 * 60 + r.nextInt(120);
        }
        Instant start = ZonedDateTime.of(date, LocalTime.ofSecondOfDay(60L * minuteOfDay), ZONE).toInstant()
                .plusSeconds(r.nextInt(60));
        Instant end = start.plusSeconds(60 * minutes + r.nextInt(60));
        return new Visit(kind, start, end, declined, locked);
    }

    @Test
    void theReferenceModelItselfHitsTheSeedExample() {
        // guard against a reference that agrees with production by being wrong in the same way
        YearMonth november = YearMonth.of(2022, 11);
        Rules ordered = new Rules(BillingModel.ORDERED_TIME, 110, 40000, 50000, new Band(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(7, 0), LocalTime.of(22, 0),
                HolidayTreatment.PUBLIC_HOLIDAYS), true, TimeBand.DAYTIME);
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            Instant start = ZonedDateTime.of(november.atDay(1 + i / 2), LocalTime.of(i % 2 == 0 ? 8 : 17, 0), ZONE)
                    .toInstant();
            visits.add(new Visit(Kind.RAM, start, start.plusSeconds(60L * (i < 24 ? 15 : 16)), false, true));
        }
        Instant m = ZonedDateTime.of(november.atDay(21), LocalTime.of(8, 30), ZONE).toInstant();
        visits.add(new Visit(Kind.MORGON, m, m.plusSeconds(9 * 60), false, true));
        RefClient ref = reference(november, ordered, new Client("c", List.of(
                new Version(LocalDate.of(2022, 1, 1), null, 1243, null, null)), List.of(), visits));
        RefRow ram = ref.rows().get(Kind.RAM);
        assertEquals(new BigDecimal("12.43"), ram.granted().rounded());
        assertEquals(new BigDecimal("8.13"), Q.of(ram.dayMinutes() + ram.otherMinutes(), 60).rounded());
        assertEquals(new BigDecimal("12.43"), ram.compensated()[0].rounded());
        assertEquals(new BigDecimal("0.15"), Q.of(ref.rows().get(Kind.MORGON).dayMinutes(), 60).rounded());
        assertEquals(0, ref.unlocked());
    }
}
