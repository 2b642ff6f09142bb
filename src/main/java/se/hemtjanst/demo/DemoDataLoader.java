package se.hemtjanst.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.hemtjanst.catalog.domain.MainArea;
import se.hemtjanst.catalog.domain.RuleSetting;
import se.hemtjanst.catalog.domain.ServiceType;
import se.hemtjanst.client.domain.Client;
import se.hemtjanst.identity.application.PasswordHasher;
import se.hemtjanst.identity.application.TwoFactor;
import se.hemtjanst.identity.domain.Account;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.order.domain.CalculationParameters;
import se.hemtjanst.messaging.domain.Mailbox;
import se.hemtjanst.messaging.domain.MessageKind;
import se.hemtjanst.messaging.domain.TeamMessage;
import se.hemtjanst.order.domain.FrameOrder;
import se.hemtjanst.visit.domain.ManualReason;
import se.hemtjanst.visit.domain.Tag;
import se.hemtjanst.visit.domain.TagDecline;
import se.hemtjanst.visit.domain.TagKind;
import se.hemtjanst.visit.domain.Visit;
import se.hemtjanst.visit.domain.VisitRules;
import se.hemtjanst.order.domain.OrderVersion;
import se.hemtjanst.order.domain.LifeArea;
import se.hemtjanst.order.domain.OrderGoal;
import se.hemtjanst.order.domain.OrderedService;
import se.hemtjanst.order.domain.RamtidSupport;
import se.hemtjanst.order.domain.VersionContent;
import se.hemtjanst.organization.domain.District;
import se.hemtjanst.organization.domain.Municipality;
import se.hemtjanst.organization.domain.Provider;
import se.hemtjanst.shared.domain.PersonalIdentityNumber;
import se.hemtjanst.shared.domain.ValidityPeriod;

/**
 * Loads the deterministic demo data set on the first start of a server with {@code hemtjanst.demo.data=true}:
 * one municipality with two districts, three providers, thirty clients, the service catalogue and one personal
 * account per role and unit. Never runs against a database that already holds a municipality, and never in
 * production (the variable defaults to false).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoDataLoader {

    /** Documented in README.md; only for the demo data set. */
    public static final String DEMO_PASSWORD = "Demo-2026!";

    /**
     * The demo accounts' fixed TOTP secrets (listed in README.md, so the demo stays usable with any authenticator app
     * or {@code oathtool --totp -b SECRET}): base32 of SHA-1("hemtjanst-demo-totp:" + username). Demo data only.
     */
    public static String demoTotpSecret(String username) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-1")
                    .digest(("hemtjanst-demo-totp:" + username).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new org.apache.commons.codec.binary.Base32().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    private static final long SEED = 20261122L;

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    TwoFactor twoFactor;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "hemtjanst.demo.data", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        if (em.createQuery("select count(m) from Municipality m", Long.class).getSingleResult() > 0) {
            LOG.info("Demo data already present; nothing loaded");
            return;
        }
        Municipality stockholm = persist(new Municipality("0180", "Stockholms stad"));
        District soder = persist(new District(stockholm, "SODERMALM", "Södermalm"));
        District kungsholmen = persist(new District(stockholm, "KUNGSHOLMEN", "Kungsholmen"));
        Provider omsorgshuset = persist(new Provider(stockholm, "556677-8899", "Omsorgshuset Söder AB", false));
        Provider tryggaHander = persist(new Provider(stockholm, "559012-3450", "Trygga Händer Hemtjänst AB", false));
        Provider egenRegi = persist(new Provider(stockholm, "212000-0142",
                "Stockholms stad, hemtjänst Kungsholmen (egen regi)", true));

        Map<String, ServiceType> catalogue = loadCatalogue();
        // Calculation support parameters (rule settings with validity): Stockholm-like defaults for the demo.
        ValidityPeriod rulesFrom = ValidityPeriod.from(LocalDate.of(2026, 1, 1));
        persist(new RuleSetting(RuleSetting.COORDINATION_GAIN_PERCENT, "10", rulesFrom));
        persist(new RuleSetting(RuleSetting.SINGLE_SERVICE_EXTRA_MINUTES, "5", rulesFrom));
        loadAccounts(soder, kungsholmen, omsorgshuset, tryggaHander, egenRegi);
        List<Client> clients = loadClients(soder, kungsholmen);
        loadOrders(clients, catalogue, omsorgshuset, tryggaHander, egenRegi);
        LOG.info("Demo data loaded: 1 municipality, 2 districts, 3 providers, 30 clients, catalogue, demo accounts");
    }

    private Map<String, ServiceType> loadCatalogue() {
        Map<String, ServiceType> byCode = new HashMap<>();
        Map<String, MainArea> areas = new HashMap<>();
        String[][] areaRows = {
                {"PERSONLIG_OMVARDNAD", "Personlig omvårdnad"},
                {"MALTIDER", "Måltider"},
                {"SERVICE", "Service"},
                {"SOCIAL", "Social samvaro och aktivitet"},
                {"RAMTID", "Ramtid (besök)"},
                {"AVLOSNING_LEDSAGNING", "Avlösning och ledsagning"},
                {"EGENVARD", "Egenvård"},
                {"TRYGGHET", "Trygghet och tillsyn"},
                {"OVRIGT", "Övrigt"},
        };
        for (int i = 0; i < areaRows.length; i++) {
            areas.put(areaRows[i][0], persist(new MainArea(areaRows[i][0], areaRows[i][1], (i + 1) * 10)));
        }
        ValidityPeriod from2026 = ValidityPeriod.from(LocalDate.of(2026, 1, 1));
        // code, name, main area, in frame, LOV-billed, standard minutes per occurrence (null: ordered with own time)
        Object[][] services = {
                {"RAM", "Ramtid", "RAMTID", true, true, null},
                {"MORGON", "Morgonhjälp", "PERSONLIG_OMVARDNAD", true, true, 30},
                {"BADDUSCH", "Bad/dusch", "PERSONLIG_OMVARDNAD", true, true, 45},
                {"FORMIDDAG", "Förmiddagshjälp", "PERSONLIG_OMVARDNAD", true, true, 20},
                {"LUNCH", "Lunchhjälp", "MALTIDER", true, true, 25},
                {"EFTERMIDDAG", "Eftermiddagshjälp", "PERSONLIG_OMVARDNAD", true, true, 20},
                {"KVALL1", "Kvällshjälp 1", "PERSONLIG_OMVARDNAD", true, true, 25},
                {"KVALL2", "Kvällshjälp 2", "PERSONLIG_OMVARDNAD", true, true, 20},
                {"STADNING", "Städning", "SERVICE", true, true, 60},
                {"TVATT", "Tvätt", "SERVICE", true, true, 45},
                {"PROMENAD", "Promenad", "SOCIAL", true, true, 30},
                {"TELEFON", "Telefonservice", "SERVICE", true, true, 5},
                {"INKOP", "Inköp", "SERVICE", true, true, 45},
                {"INKOP-SAMB", "Inköp sammanboende", "SERVICE", true, true, 30},
                {"INKOP-SERV", "Inköp service", "SERVICE", true, true, 20},
                {"INTERNETHANDEL", "Internethandel", "SERVICE", true, true, 15},
                {"SOCIAL", "Social tid, träning", "SOCIAL", true, true, 30},
                {"ARENDEN", "Ärenden", "SERVICE", true, true, 30},
                {"OVRIGT", "Övrigt", "OVRIGT", true, true, 15},
                {"AVLOSNING", "Avlösning", "AVLOSNING_LEDSAGNING", false, true, null},
                {"EGENVARD", "Egenvård", "EGENVARD", false, true, null},
                {"LEDSAGNING", "Ledsagning", "AVLOSNING_LEDSAGNING", false, true, null},
                {"MATDISTRIBUTION", "Matdistribution", "MALTIDER", false, true, 5},
                {"NATTHJALP", "Natthjälp", "TRYGGHET", false, false, null},
                {"TILLSYN-DIGITAL", "Tillsyn (digital)", "TRYGGHET", false, false, null},
                {"VAK", "Vak", "TRYGGHET", false, true, null},
        };
        for (Object[] s : services) {
            ServiceType type = persist(new ServiceType((String) s[0], (String) s[1], areas.get((String) s[2]),
                    (Boolean) s[3], (Boolean) s[4], (Integer) s[5], from2026));
            byCode.put(type.code(), type);
        }
        return byCode;
    }

    private void loadAccounts(District soder, District kungsholmen, Provider omsorgshuset, Provider tryggaHander,
                              Provider egenRegi) {
        account("admin", "Sara Lindqvist", EnumSet.of(Role.ADMIN), null, null);
        account("handlaggare.soder", "Anna Bergström", EnumSet.of(Role.ASSESSOR), soder, null);
        account("handlaggare.kungsholmen", "Erik Holm", EnumSet.of(Role.ASSESSOR), kungsholmen, null);
        account("chef.omsorgshuset", "Maria Nilsson", EnumSet.of(Role.PROVIDER_MANAGER), null, omsorgshuset);
        account("chef.tryggahander", "Johan Ek", EnumSet.of(Role.PROVIDER_MANAGER), null, tryggaHander);
        account("chef.egenregi", "Leila Haddad", EnumSet.of(Role.PROVIDER_MANAGER), null, egenRegi);
        account("personal.omsorgshuset", "Fatima Ali", EnumSet.of(Role.STAFF), null, omsorgshuset);
        account("personal2.omsorgshuset", "Mikael Lund", EnumSet.of(Role.STAFF), null, omsorgshuset);
        account("personal.tryggahander", "Sofia Karlsson", EnumSet.of(Role.STAFF), null, tryggaHander);
        account("personal.egenregi", "Ahmed Hassan", EnumSet.of(Role.STAFF), null, egenRegi);
    }

    private void account(String username, String name, EnumSet<Role> roles, District district, Provider provider) {
        Account account = new Account(username, name, hasher.hash(DEMO_PASSWORD.toCharArray()), roles, district,
                provider, clock.instant());
        account.changeEmail(username + "@demo.hemtjanst.example");
        persist(account);
        twoFactor.enrolKnownSecret(account, demoTotpSecret(username));
    }

    /**
     * Each client chooses a provider (valfrihet under LOV): on Södermalm alternately Omsorgshuset and Trygga
     * Händer, on Kungsholmen alternately the city's own unit and Omsorgshuset. The orders are acknowledged.
     */
    private void loadOrders(List<Client> clients, Map<String, ServiceType> catalogue, Provider omsorgshuset,
                            Provider tryggaHander, Provider egenRegi) {
        CalculationParameters rules = new CalculationParameters(BigDecimal.TEN, 5);
        List<FrameOrder> orders = new java.util.ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            Client client = clients.get(i);
            boolean soder = client.district().code().equals("SODERMALM");
            Provider provider = soder ? (i % 2 == 0 ? omsorgshuset : tryggaHander)
                    : (i % 2 == 0 ? egenRegi : omsorgshuset);
            String assessor = soder ? "handlaggare.soder" : "handlaggare.kungsholmen";
            FrameOrder order = new FrameOrder(client, provider, ValidityPeriod.from(LocalDate.of(2026, 1, 1)),
                    assessor, clock.instant());
            List<OrderedService> services = new java.util.ArrayList<>();
            services.add(frame(catalogue, "MORGON", OrderedService.FrequencyKind.PER_DAY, 1, "MORGON"));
            services.add(frame(catalogue, "KVALL1", OrderedService.FrequencyKind.PER_DAY, 1, null));
            services.add(frame(catalogue, "STADNING", OrderedService.FrequencyKind.PER_MONTH, 2, null));
            services.add(frame(catalogue, "INKOP", OrderedService.FrequencyKind.PER_WEEK, 1, null));
            if (i % 3 == 0) {
                services.add(frame(catalogue, "BADDUSCH", OrderedService.FrequencyKind.PER_WEEK, 2, null));
            }
            if (i % 4 == 0) {
                services.add(frame(catalogue, "LUNCH", OrderedService.FrequencyKind.PER_DAY, 1, null));
            }
            if (i % 5 == 0) {
                ServiceType ledsagning = catalogue.get("LEDSAGNING");
                services.add(OrderedService.outsideFrame(ledsagning.code(), ledsagning.name(),
                        ledsagning.mainArea().name(), BigDecimal.valueOf(4)));
            }
            BigDecimal hours = RamtidSupport.calculate(services, rules).ramtidHours();
            order.writeVersion(new VersionContent(LocalDate.of(2026, 1, 1),
                    client.firstName() + " bor ensam och behöver stöd för att komma igång på morgonen, med "
                            + "kvällsrutiner, städning och inköp.",
                    "Att kunna bo kvar hemma tryggt och själv bestämma över sin vardag.", null, services,
                    List.of(new OrderGoal(LifeArea.PERSONLIG_VARD, "Klara sin morgon med stöd, i egen takt."),
                            new OrderGoal(LifeArea.HEMLIV, "Ha ett rent och tryggt hem.")),
                    hours, null, null, rules.coordinationGainPercent(), rules.singleServiceExtraMinutes()),
                    assessor, clock.instant());
            order.send();
            order.acknowledge(provider == omsorgshuset ? "chef.omsorgshuset"
                    : provider == tryggaHander ? "chef.tryggahander" : "chef.egenregi", clock.instant());
            persist(order);
            orders.add(order);
        }
        changeOfNeeds(orders.get(6), catalogue, rules);
        loadMessages(orders.get(4), orders.get(0));
        loadTagsAndVisits(orders);
        new DemoPlans(em, clock).load(orders);
        // Billing rules of the demo municipality (rates are illustrative): performed time, the 110 % rule.
        persist(new se.hemtjanst.billing.infrastructure.BillingRulesRow(se.hemtjanst.billing.domain.BillingRules
                .builder(LocalDate.of(2026, 1, 1)).rates(new BigDecimal("427.00"), new BigDecimal("496.00")).build(),
                "admin", clock.instant()));
    }

    /**
     * A plain tag in every home served by a company (the city's own unit uses NTAG 424 tags in real life; here
     * plain ones), one client who declined a tag, and yesterday's and today's visits of Omsorgshuset's staff with
     * the usual deviations: too short, no departure, a manual registration waiting for approval.
     */
    private void loadTagsAndVisits(List<FrameOrder> orders) {
        VisitRules rules = new VisitRules(120, 3, 240, 300, 3);
        java.time.ZonedDateTime today = LocalDate.now(clock).atStartOfDay(Visit.ZONE);
        int n = 0;
        List<FrameOrder> omsorgshuset = new java.util.ArrayList<>();
        for (FrameOrder order : orders) {
            n++;
            if (n == 30) {
                persist(new TagDecline(order.client().id(), "Vill inte ha något klistrat i dörrkarmen",
                        "chef.egenregi", clock.instant()));
                continue;
            }
            persist(new Tag(order.client(), String.format("04DE00000000%02d", n), TagKind.PLAIN_UID, null,
                    "Innanför ytterdörren, vänster karm", "chef.omsorgshuset", clock.instant()));
            if (order.provider().name().startsWith("Omsorgshuset")) {
                omsorgshuset.add(order);
            }
        }
        for (int dayBack = 1; dayBack >= 0; dayBack--) {
            java.time.ZonedDateTime day = today.minusDays(dayBack);
            for (int i = 0; i < 6 && i < omsorgshuset.size(); i++) {
                FrameOrder order = omsorgshuset.get(i);
                String staff = i % 2 == 0 ? "personal.omsorgshuset" : "personal2.omsorgshuset";
                java.time.ZonedDateTime start = day.plusHours(7).plusMinutes(30 + 45L * (i / 2));
                Visit visit = Visit.arrival(order.client(), order.provider(), staff, "RAM", start.toInstant(), false,
                        rules);
                if (dayBack == 1 && i == 3) {
                    visit.abandon();
                } else if (i == 2) {
                    visit.depart(start.plusMinutes(1).toInstant(), rules);
                } else {
                    visit.depart(start.plusMinutes(25 + 5L * i).toInstant(), rules);
                }
                persist(visit);
            }
        }
        FrameOrder escorted = omsorgshuset.get(0);
        persist(Visit.manual(escorted.client(), escorted.provider(), "personal.omsorgshuset", "LEDSAGNING",
                today.plusHours(10).toInstant(), today.plusHours(11).plusMinutes(30).toInstant(),
                ManualReason.OUTSIDE_HOME, "Följde med till vårdcentralen", false, rules));
    }

    /** One order changed after acknowledgement (version 2, back in the provider's inbox), to show the diff. */
    private void changeOfNeeds(FrameOrder order, Map<String, ServiceType> catalogue, CalculationParameters rules) {
        OrderVersion v1 = order.currentVersion();
        List<OrderedService> services = new java.util.ArrayList<>(v1.services());
        services.add(frame(catalogue, "BADDUSCH", OrderedService.FrequencyKind.PER_WEEK, 1, null));
        order.writeVersion(new VersionContent(LocalDate.of(2026, 11, 1), v1.description(), v1.purpose(),
                "Har fallit i duschen och vågar inte längre duscha själv; behöver stöd en gång i veckan.", services,
                v1.goals(), RamtidSupport.calculate(services, rules).ramtidHours(), null, null,
                rules.coordinationGainPercent(), rules.singleServiceExtraMinutes()), "handlaggare.soder",
                clock.instant());
    }

    /** A changed-needs report from the provider and an answer from the district, so the mailboxes are not empty. */
    private void loadMessages(FrameOrder reported, FrameOrder answered) {
        Mailbox soder = Mailbox.district(reported.client().district().id());
        persist(new TeamMessage(reported.client(), Mailbox.provider(reported.provider().id()), soder,
                MessageKind.CHANGED_NEEDS, reported, java.util.EnumSet.of(LifeArea.FORFLYTTNING, LifeArea.PERSONLIG_VARD),
                "Förändrade behov efter sjukhusvistelse",
                "Efter höftoperationen behöver " + reported.client().firstName() + " stöd vid förflyttning till och "
                        + "från sängen morgon och kväll, och hjälp med på- och avklädning.",
                "chef.omsorgshuset", clock.instant()));
        persist(new TeamMessage(answered.client(), soder, Mailbox.provider(answered.provider().id()),
                MessageKind.GENERAL, null, java.util.Set.of(), "Vårdplanering",
                "Vårdplanering på sjukhuset tisdag kl. 10. Kan kontaktmannen vara med?", "handlaggare.soder",
                clock.instant()));
    }

    private static OrderedService frame(Map<String, ServiceType> catalogue, String code,
                                        OrderedService.FrequencyKind kind, int count, String visitGroup) {
        ServiceType t = catalogue.get(code);
        return OrderedService.inFrame(t.code(), t.name(), t.mainArea().name(), t.standardMinutes(), kind, count,
                java.util.Set.of(), visitGroup);
    }

    private List<Client> loadClients(District soder, District kungsholmen) {
        List<Client> clients = new java.util.ArrayList<>();
        // first name, last name, female?
        List<Object[]> people = List.of(
                new Object[]{"Margareta", "Andersson", true}, new Object[]{"Karl", "Johansson", false},
                new Object[]{"Birgitta", "Karlsson", true}, new Object[]{"Lars", "Nilsson", false},
                new Object[]{"Ingrid", "Eriksson", true}, new Object[]{"Bengt", "Larsson", false},
                new Object[]{"Gunnel", "Olsson", true}, new Object[]{"Sven", "Persson", false},
                new Object[]{"Kerstin", "Svensson", true}, new Object[]{"Rolf", "Gustafsson", false},
                new Object[]{"Elisabeth", "Pettersson", true}, new Object[]{"Göran", "Jonsson", false},
                new Object[]{"Ulla", "Jansson", true}, new Object[]{"Åke", "Hansson", false},
                new Object[]{"Britt", "Bengtsson", true}, new Object[]{"Stig", "Jönsson", false},
                new Object[]{"Marianne", "Lindberg", true}, new Object[]{"Olle", "Jakobsson", false},
                new Object[]{"Inger", "Magnusson", true}, new Object[]{"Bertil", "Lindström", false},
                new Object[]{"Anna-Lisa", "Olofsson", true}, new Object[]{"Gösta", "Lindqvist", false},
                new Object[]{"Astrid", "Lindgren", true}, new Object[]{"Nils", "Axelsson", false},
                new Object[]{"Maj-Britt", "Berglund", true}, new Object[]{"Evert", "Fredriksson", false},
                new Object[]{"Solveig", "Sandberg", true}, new Object[]{"Tore", "Henriksson", false},
                new Object[]{"Siv", "Forsberg", true}, new Object[]{"Arne", "Sjöberg", false});
        String[][] soderStreets = {{"Götgatan", "116 46"}, {"Hornsgatan", "118 20"}, {"Ringvägen", "118 60"},
                {"Folkungagatan", "116 22"}, {"Katarina Bangata", "116 39"}, {"Bondegatan", "116 23"},
                {"Skånegatan", "116 37"}, {"Södermannagatan", "116 40"}};
        String[][] kungsholmenStreets = {{"Fleminggatan", "112 26"}, {"Hantverkargatan", "112 21"},
                {"Sankt Eriksgatan", "112 39"}, {"Kungsholmsgatan", "112 27"}, {"Scheelegatan", "112 28"},
                {"Pipersgatan", "112 24"}, {"Igeldammsgatan", "112 49"}, {"Fridhemsgatan", "112 40"}};
        Random random = new Random(SEED);
        for (int i = 0; i < people.size(); i++) {
            Object[] p = people.get(i);
            boolean female = (Boolean) p[2];
            boolean inSoder = i < 15;
            LocalDate born = LocalDate.of(1930 + random.nextInt(21), 1 + random.nextInt(12), 1 + random.nextInt(28));
            int serial = 100 + random.nextInt(800);
            // The third serial digit tells the legal sex: odd for men, even for women.
            int genderDigit = (random.nextInt(5) * 2) + (female ? 0 : 1);
            String nine = String.format("%02d%02d%02d%02d%d", born.getYear() % 100, born.getMonthValue(),
                    born.getDayOfMonth(), serial % 100, genderDigit);
            String twelve = String.format("%d", born.getYear() / 100) + nine + PersonalIdentityNumber.checkDigit(nine);
            Client client = new Client(PersonalIdentityNumber.of12(twelve), (String) p[0], (String) p[1],
                    inSoder ? soder : kungsholmen);
            String[] street = (inSoder ? soderStreets : kungsholmenStreets)[i % 8];
            client.moveTo(street[0] + " " + (3 + random.nextInt(60)), street[1], "Stockholm");
            client.changePhone(String.format("08-%03d %02d %02d", 300 + random.nextInt(600), random.nextInt(100),
                    random.nextInt(100)));
            if (i % 3 == 0) {
                client.writeLifeStory(p[0] + " har arbetat som " + (female ? "sjuksköterska" : "snickare")
                        + " i hela sitt liv och tycker om att prata om resor till fjällen. Dricker gärna kaffe "
                        + "med mjölk efter morgonhjälpen och lyssnar på P1 på förmiddagen.");
            }
            clients.add(persist(client));
        }
        return clients;
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}
