package se.hemtjanst.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.hemtjanst.order.domain.FrameOrder;
import se.hemtjanst.order.domain.OrderGoal;
import se.hemtjanst.order.domain.OrderVersion;
import se.hemtjanst.order.domain.OrderedService;
import se.hemtjanst.order.domain.VersionContent;
import se.hemtjanst.plan.domain.FrameCheck;
import se.hemtjanst.plan.domain.ImplementationPlan;
import se.hemtjanst.plan.domain.PlanActivity;
import se.hemtjanst.plan.domain.PlanContent;
import se.hemtjanst.plan.domain.PlanGoal;
import se.hemtjanst.plan.infrastructure.PlanDocuments;
import se.hemtjanst.shared.domain.ValidityPeriod;

/**
 * The demo implementation plans: most orders have a plan signed in January; order 5 (Ingrid Eriksson) has a draft
 * past its deadline; order 2 (Karl Johansson) has none yet; order 7 (Gunnel Olsson) was changed after its plan was
 * signed, so the plan needs review; Ulla Jansson got a new order 13 days ago whose draft is due for signing soon.
 */
final class DemoPlans {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Map<String, String[]> HOW = Map.of(
            "MORGON", new String[]{"07:30", "Väck försiktigt, hjälp upp och med på- och avklädning; frukost vid köksbordet",
                    "Kaffe med mjölk och radion på"},
            "KVALL1", new String[]{"20:00", "Kvällsmål, hjälp med kvällstoalett och att gå och lägga sig",
                    "Vill lägga sig efter nyheterna"},
            "STADNING", new String[]{"förmiddag", "Dammsugning, våttorkning, badrum och kök", "Vill själv damma hyllorna"},
            "INKOP", new String[]{"tisdag förmiddag", "Handlar efter inköpslista som skrivs tillsammans",
                    "Handlar helst på Coop vid torget"},
            "BADDUSCH", new String[]{"efter frukost", "Dusch med duschstol, hjälp med hårtvätt",
                    "Vill duscha på förmiddagen"},
            "LUNCH", new String[]{"12:00", "Värmer och serverar lunch, ser till att maten äts",
                    "Äter gärna i vardagsrummet"},
            "LEDSAGNING", new String[]{null, "Följer med till vårdcentralen och tandläkaren", null});

    private final EntityManager em;
    private final Clock clock;

    DemoPlans(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    void load(List<FrameOrder> orders) {
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < orders.size(); i++) {
            FrameOrder order = orders.get(i);
            if (i == 1 || i == 12) {
                continue; // Karl Johansson: not started; Ulla Jansson: the new order below
            }
            if (i == 4) {
                draft(order, at(LocalDate.of(2026, 1, 8)));
            } else {
                signed(order, today);
            }
        }
        FrameOrder renewed = renew(orders.get(12), today.minusDays(13));
        draft(renewed, at(today.minusDays(1)));
    }

    /** Ulla Jansson was re-assessed: her first order ends and a new one starts 13 days ago. */
    private FrameOrder renew(FrameOrder old, LocalDate start) {
        OrderVersion v1 = old.currentVersion();
        old.end(start.minusDays(1), "Ny bedömning efter hembesök; ersätts av en ny beställning.",
                "handlaggare.soder", clock.instant());
        FrameOrder order = new FrameOrder(old.client(), old.provider(), ValidityPeriod.from(start),
                "handlaggare.soder", clock.instant());
        order.writeVersion(new VersionContent(start, v1.description(), v1.purpose(), null, v1.services(),
                v1.goals(), v1.computedHours(), null, null, v1.gainPercent(), v1.singleExtraMinutes()),
                "handlaggare.soder", clock.instant());
        order.send();
        order.acknowledge("chef.omsorgshuset", clock.instant());
        em.persist(order);
        return order;
    }

    private ImplementationPlan draft(FrameOrder order, Instant at) {
        ImplementationPlan plan = new ImplementationPlan(order.id(), order.client().id(), order.provider().id(),
                order.validity().validFrom(), manager(order), at);
        em.persist(plan);
        PlanContent content = content(order.versions().get(0), false);
        em.persist(plan.revise(content, PlanDocuments.toJson(content), 1, order.versions().size(),
                order.versions().get(0).ramtidHours(), manager(order), at));
        return plan;
    }

    private void signed(FrameOrder order, LocalDate today) {
        Instant started = at(LocalDate.of(2026, 1, 7));
        ImplementationPlan plan = new ImplementationPlan(order.id(), order.client().id(), order.provider().id(),
                order.validity().validFrom(), manager(order), started);
        em.persist(plan);
        OrderVersion v1 = order.versions().get(0);
        PlanContent content = content(v1, true);
        em.persist(plan.revise(content, PlanDocuments.toJson(content), 1, 1, v1.ramtidHours(), manager(order),
                started));
        LocalDate on = LocalDate.of(2026, 1, 12).isAfter(today) ? today : LocalDate.of(2026, 1, 12);
        em.persist(plan.sign(content, FrameCheck.of(content, v1.ramtidHours()), 1, on, true, contactPerson(order),
                today, manager(order), at(on)));
    }

    static PlanContent content(OrderVersion version, boolean complete) {
        List<PlanActivity> activities = new ArrayList<>();
        for (OrderedService s : version.services()) {
            String[] how = HOW.getOrDefault(s.serviceCode(), new String[]{null, "Enligt överenskommelse", null});
            activities.add(s.inFrame()
                    ? new PlanActivity(s.serviceCode(), s.serviceName(), true, s.frequencyKind(), s.frequencyCount(),
                            s.weekdays(), how[0], how[1], complete ? how[2] : null, s.standardMinutes())
                    : new PlanActivity(s.serviceCode(), s.serviceName(), false, null, 0, null, how[0], how[1], how[2],
                            0));
        }
        List<PlanGoal> goals = new ArrayList<>();
        for (OrderGoal g : version.goals()) {
            goals.add(new PlanGoal(g.lifeArea(), g.goal(), complete ? "Gör så mycket som möjligt själv; personalen "
                    + "stöttar och väntar in" : null, "Kontaktmannen", complete ? LocalDate.of(2026, 7, 1) : null));
        }
        return new PlanContent(complete ? "Kontaktman i teamet" : null,
                complete ? "Planen skrevs hemma hos den enskilde, som själv bestämde tiderna; anhörig var med." : null,
                complete ? LocalDate.of(2026, 7, 1) : null, activities, goals);
    }

    private static String manager(FrameOrder order) {
        String name = order.provider().name();
        return name.startsWith("Omsorgshuset") ? "chef.omsorgshuset"
                : name.startsWith("Trygga") ? "chef.tryggahander" : "chef.egenregi";
    }

    private static String contactPerson(FrameOrder order) {
        String name = order.provider().name();
        return name.startsWith("Omsorgshuset") ? "Fatima Ali" : name.startsWith("Trygga") ? "Sofia Karlsson"
                : "Ahmed Hassan";
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(STOCKHOLM).toInstant();
    }
}
