package se.hemtjanst.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import se.hemtjanst.shared.domain.PersonalIdentityNumber;
import se.hemtjanst.visit.domain.CorrectionWindow;

/**
 * The scale data set as pure, deterministic functions of the seed (no database, no container): who the providers,
 * clients and accounts are, and every visit and scan of the month. The generator writes what this model says;
 * the contract with the benchmarks (tag UIDs, tag keys, usernames, provider of a client) is stated here once.
 */
public final class ScaleModel {

    public static final int DEFAULT_CLIENTS = 16_000;
    public static final int DEFAULT_PROVIDERS = 130;
    public static final int STAFF_PER_PROVIDER = 20;
    /** Generated SUN counters stay below this, so a benchmark may use counters from here upward. */
    public static final int COUNTER_LIMIT = 1_000_000;
    public static final String TAG_KEY_PREFIX = "hemtjanst-scale-tag:";
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    /** Correction window of the visit rule defaults (changelog 005): 3 days, röda dagar not counted. */
    public static final int CORRECTION_DAYS = 3;

    /** Stockholm's stadsdelsområden: code and name. The first two are the demo data set's districts. */
    static final String[][] DISTRICTS = {
            {"SODERMALM", "Södermalm"}, {"KUNGSHOLMEN", "Kungsholmen"}, {"NORRMALM", "Norrmalm"},
            {"OSTERMALM", "Östermalm"}, {"BROMMA", "Bromma"}, {"HASSELBY_VALLINGBY", "Hässelby-Vällingby"},
            {"SPANGA_TENSTA", "Spånga-Tensta"}, {"RINKEBY_KISTA", "Rinkeby-Kista"},
            {"ENSKEDE_ARSTA_VANTOR", "Enskede-Årsta-Vantör"}, {"SKARPNACK", "Skarpnäck"}, {"FARSTA", "Farsta"},
            {"HAGERSTEN_ALVSJO", "Hägersten-Älvsjö"}, {"SKARHOLMEN", "Skärholmen"}};

    private static final String[] STREETS = {"Götgatan", "Hornsgatan", "Ringvägen", "Fleminggatan",
            "Sankt Eriksgatan", "Odengatan", "Karlavägen", "Drottningholmsvägen", "Vällingbyplan", "Tensta allé",
            "Kista allé", "Sockenvägen", "Nynäsvägen", "Farstavägen", "Hägerstensvägen", "Skärholmsvägen"};
    private static final String[] FIRST_F = {"Margareta", "Birgitta", "Ingrid", "Gunnel", "Kerstin", "Elisabeth",
            "Ulla", "Britt", "Marianne", "Inger", "Astrid", "Solveig", "Siv", "Karin", "Anna", "Maria", "Eva",
            "Barbro", "Gun", "Märta", "Aina", "Elsa", "Greta", "Sonja"};
    private static final String[] FIRST_M = {"Karl", "Lars", "Bengt", "Sven", "Rolf", "Göran", "Åke", "Stig", "Olle",
            "Bertil", "Gösta", "Nils", "Evert", "Tore", "Arne", "Erik", "Per", "Hans", "Lennart", "Kjell", "Ove",
            "Yngve", "Sture", "Folke"};
    private static final String[] LAST = {"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
            "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson",
            "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Lindström", "Olofsson", "Lindqvist",
            "Lindgren", "Axelsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg",
            "Ali", "Mohammed", "Hassan", "Ahmed", "Nguyen", "Kowalski", "Korhonen", "Virtanen"};
    private static final String[] STAFF_FIRST = {"Fatima", "Mikael", "Sofia", "Ahmed", "Leila", "Johan", "Amira",
            "Daniel", "Sara", "Omar", "Elin", "Yusuf", "Hanna", "Ali", "Emma", "Mehmet", "Linnea", "Reza", "Ida",
            "Abdi", "Maja", "Jonas", "Nadia", "Patrik"};
    private static final String[] PROVIDER_WORDS = {"Omsorg", "Hemtjänst", "Trygghet", "Vård i hemmet", "Hemhjälp",
            "Äldreomsorg", "Livskvalitet", "Närvård"};

    private final long seed;
    private final YearMonth month;
    private final int clients;
    private final int providers;

    public ScaleModel(long seed, YearMonth month, int clients, int providers) {
        if (clients < 1 || providers < 1 || providers > 999) {
            throw new IllegalArgumentException("clients >= 1 and 1 <= providers <= 999");
        }
        this.seed = seed;
        this.month = month;
        this.clients = clients;
        this.providers = providers;
    }

    public long seed() { return seed; }
    public YearMonth month() { return month; }
    public int clients() { return clients; }
    public int providers() { return providers; }

    // ---- the contract ----

    /** Scale provider number (1-based) of client k. */
    public int providerOf(int k) {
        return k % providers + 1;
    }

    /** The position of client k among its provider's clients (0-based). */
    public int indexInProvider(int k) {
        return k / providers;
    }

    public static String tagUid(int k) {
        return String.format("05%012X", k);
    }

    /** NTAG 424 DNA for even k, a plain UID sticker for odd k. */
    public static boolean ntag424(int k) {
        return k % 2 == 0;
    }

    /** The SDM file-read key of client k's NTAG 424 tag: the first 16 bytes of SHA-256("hemtjanst-scale-tag:"+seed+":"+uid). */
    public static byte[] fileReadKey(long seed, String uid) {
        return Arrays.copyOf(sha256((TAG_KEY_PREFIX + seed + ":" + uid).getBytes(StandardCharsets.UTF_8)), 16);
    }

    public static String staffUsername(int provider, int staff) {
        return String.format("skala.p%03d.s%02d", provider, staff);
    }

    public static String managerUsername(int provider) {
        return String.format("skala.p%03d.chef", provider);
    }

    public static String assessorUsername(int district) {
        return String.format("skala.d%02d.handlaggare", district);
    }

    // ---- units ----

    /** The district (0-based index in {@link #DISTRICTS}) where provider p (1-based) works. */
    public static int districtOfProvider(int p) {
        return (p - 1) % DISTRICTS.length;
    }

    public int districtOfClient(int k) {
        return districtOfProvider(providerOf(k));
    }

    public String providerName(int p) {
        String district = DISTRICTS[districtOfProvider(p)][1];
        if (ownOperation(p)) {
            return String.format("Stockholms stad, hemtjänst %s %d", district, p);
        }
        return String.format("%s %s %03d AB", district, PROVIDER_WORDS[(int) Math.floorMod(mix(seed, p), 8L)], p);
    }

    /** Every tenth provider is the city's own operation (egen regi). */
    public static boolean ownOperation(int p) {
        return p % 10 == 0;
    }

    /** Unique among scale providers, never one of the demo data set's (which start 556, 559, 212). */
    public static String organizationNumber(int p) {
        return String.format("569%03d-%04d", p, 1000 + p);
    }

    public String personName(String kind, int a, int b) {
        SplittableRandom r = new SplittableRandom(mix(mix(seed, kind.hashCode()), a * 1000L + b));
        return STAFF_FIRST[r.nextInt(STAFF_FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
    }

    // ---- clients ----

    /** The client's fixed person data: names, personal identity number (valid check digit, born 1920–1929), address. */
    public record Person(String firstName, String lastName, String personalIdentityNumber, String street,
                         String postalCode, String phone) {
    }

    public Person person(int k) {
        SplittableRandom r = new SplittableRandom(mix(seed, 1_000_000L + k));
        boolean female = r.nextInt(100) < 62;
        String first = female ? FIRST_F[r.nextInt(FIRST_F.length)] : FIRST_M[r.nextInt(FIRST_M.length)];
        String last = LAST[r.nextInt(LAST.length)];
        // Unique by construction: day of birth from k, the two serial digits from how often that day was used.
        LocalDate born = LocalDate.of(1920, 1, 1).plusDays(k % 3652);
        int serial = 10 + k / 3652;
        int genderDigit = 2 * r.nextInt(5) + (female ? 0 : 1);
        String nine = String.format("%02d%02d%02d%02d%d", born.getYear() % 100, born.getMonthValue(),
                born.getDayOfMonth(), serial, genderDigit);
        String pin = born.getYear() / 100 + nine + PersonalIdentityNumber.checkDigit(nine);
        String street = STREETS[r.nextInt(STREETS.length)] + " " + (1 + r.nextInt(120));
        String postal = String.format("1%02d %02d", 10 + districtOfClient(k) * 3 + r.nextInt(3), r.nextInt(100));
        String phone = String.format("08-%03d %02d %02d", 100 + r.nextInt(900), r.nextInt(100), r.nextInt(100));
        return new Person(first, last, pin, street, postal, phone);
    }

    /** Which services client k is granted: morning help and shopping always, the rest by k. */
    public record Variant(boolean evening, boolean bath, boolean lunch, boolean escort) {
        public int key() {
            return (evening ? 1 : 0) | (bath ? 2 : 0) | (lunch ? 4 : 0) | (escort ? 8 : 0);
        }
    }

    public static Variant variant(int k) {
        return new Variant(k % 5 < 3, k % 3 == 0, k % 4 == 0, k % 5 == 0);
    }

    /** The order's first day: spread over the first half of the year (all orders are in force the whole month). */
    public LocalDate orderStart(int k) {
        return LocalDate.of(month.getYear(), 1, 1).plusDays(k % 180L);
    }

    // ---- visits and scans ----

    public enum Kind { NORMAL, DECLINED, MISSING_DEPARTURE, TOO_SHORT, MANUAL }

    /** One visit of the month as the phones (or a manager) registered it. */
    public record GenVisit(String serviceCode, int staff, Instant arrival, Instant departure, Kind kind) {
        public LocalDate day() {
            return arrival.atZone(ZONE).toLocalDate();
        }

        public Integer minutes() {
            return departure == null ? null
                    : (int) ((java.time.Duration.between(arrival, departure).getSeconds() + 30) / 60);
        }

        public int scans() {
            return kind == Kind.MANUAL ? 0 : kind == Kind.MISSING_DEPARTURE ? 1 : 2;
        }

        public LocalDate correctBy() {
            return CorrectionWindow.lastDay(day(), CORRECTION_DAYS);
        }
    }

    /**
     * The month's visits of client k, in time order. Morning help every day; evening help, lunch and bath by the
     * variant; cleaning twice a month; shopping weekly; escort (outside the home, registered by hand) twice.
     * Staff are spread over the provider's 20 so that a staff member's morning and evening rounds do not overlap.
     * About 0.5 % declined at the door, 0.5 % without a departure tap, 0.3 % too short.
     */
    public List<GenVisit> visits(int k) {
        SplittableRandom r = new SplittableRandom(mix(seed, 2_000_000L + k));
        Variant v = variant(k);
        int i = indexInProvider(k);
        int slot = i / STAFF_PER_PROVIDER;
        // Some clients need clearly more time than granted (the 110 % workflow has cases), most about as granted.
        double clientFactor = k % 23 == 0 ? 1.35 : 0.9 + 0.15 * r.nextDouble();
        List<GenVisit> out = new ArrayList<>(80);
        int days = month.lengthOfMonth();
        for (int d = 1; d <= days; d++) {
            LocalDate day = month.atDay(d);
            DayOfWeek dow = day.getDayOfWeek();
            out.add(visit(r, day, LocalTime.of(7, 0).plusMinutes(40L * slot), 30, i, 0, clientFactor));
            if (v.lunch()) {
                out.add(visit(r, day, LocalTime.of(11, 15).plusMinutes(35L * (slot % 7)), 25, i, 5, clientFactor));
            }
            if (v.evening()) {
                out.add(visit(r, day, LocalTime.of(18, 0).plusMinutes(40L * slot), 25, i, 10, clientFactor));
            }
            if (v.bath() && (dow.getValue() == 1 + i % 3 || dow.getValue() == 4 + i % 3)) {
                out.add(visit(r, day, LocalTime.of(9, 30).plusMinutes(20L * (slot % 4)), 45, i, 8, clientFactor));
            }
            if (dow.getValue() == 1 + i % 5) {
                out.add(visit(r, day, LocalTime.of(13, 0).plusMinutes(30L * (slot % 6)), 45, i, 15, clientFactor));
            }
            if (d == 2 + i % 12 || d == 16 + i % 12) {
                out.add(visit(r, day, LocalTime.of(10, 0).plusMinutes(30L * (slot % 6)), 60, i, 3, clientFactor));
            }
            if (v.escort() && (d == 8 || d == 22)) {
                Instant a = day.atTime(LocalTime.of(13, 30)).atZone(ZONE).toInstant();
                out.add(new GenVisit("LEDSAGNING", staffFor(i, 12), a, a.plusSeconds(60L * (100 + r.nextInt(41))),
                        Kind.MANUAL));
            }
        }
        out.sort(Comparator.comparing(GenVisit::arrival));
        return out;
    }

    private GenVisit visit(SplittableRandom r, LocalDate day, LocalTime at, int standardMinutes, int i, int staffShift,
                           double clientFactor) {
        Instant arrival = day.atTime(at).plusSeconds(r.nextInt(8 * 60)).atZone(ZONE).toInstant();
        int staff = staffFor(i, staffShift);
        int roll = r.nextInt(1000);
        if (roll < 5) {
            return new GenVisit("RAM", staff, arrival, arrival.plusSeconds(60 + r.nextInt(120)), Kind.DECLINED);
        }
        if (roll < 10) {
            return new GenVisit("RAM", staff, arrival, null, Kind.MISSING_DEPARTURE);
        }
        if (roll < 13) {
            return new GenVisit("RAM", staff, arrival, arrival.plusSeconds(20 + r.nextInt(100)), Kind.TOO_SHORT);
        }
        double factor = clientFactor * (0.85 + 0.3 * r.nextDouble());
        long seconds = Math.max(240, Math.round(standardMinutes * 60 * factor));
        return new GenVisit("RAM", staff, arrival, arrival.plusSeconds(seconds), Kind.NORMAL);
    }

    private static int staffFor(int indexInProvider, int shift) {
        return (indexInProvider + shift) % STAFF_PER_PROVIDER + 1;
    }

    /**
     * The phone's scanId of the n-th generated scan: a UUID with the version-7 layout (time-ordered: n in the high
     * bits, as a phone's UUIDv7 would carry the time), random-looking low bits fixed by the seed. Ordered ids keep
     * the unique index on scan_id appending at its end instead of touching a random page per row.
     */
    public UUID scanId(long n) {
        long msb = ((n & 0xFFFFFFFFFFFL) << 16) | 0x7000L | (mix(seed, n) & 0x0FFFL);
        long lsb = (mix(seed, 3_000_000_000L + n) & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    // ---- helpers ----

    /** SplitMix64 of a and b: a fixed, well-spread 64-bit value. */
    static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static byte[] sha256(byte[] in) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(in);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
