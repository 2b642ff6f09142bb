package se.hemtjanst.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.hemtjanst.client.domain.Client;
import se.hemtjanst.organization.domain.District;
import se.hemtjanst.organization.domain.Municipality;
import se.hemtjanst.organization.domain.Provider;
import se.hemtjanst.shared.domain.ConflictException;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.PersonalIdentityNumber;
import se.hemtjanst.shared.domain.ValidityPeriod;

class FrameOrderTest {

    static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    static final Municipality STHLM = new Municipality("0180", "Stockholms stad");
    static final Client CLIENT = new Client(PersonalIdentityNumber.of12("191212121212"), "Tolvan", "Tolvansson",
            new District(STHLM, "SODERMALM", "Södermalm"));
    static final Provider PROVIDER = new Provider(STHLM, "556677-8899", "Omsorgshuset Söder AB", false);

    static VersionContent content(String reason, BigDecimal override, String overrideReason) {
        return new VersionContent(LocalDate.of(2026, 12, 1), "Behöver hjälp på morgonen.", "Bo kvar hemma.", reason,
                List.of(OrderedService.inFrame("MORGON", "Morgonhjälp", "Personlig omvårdnad", 30,
                        OrderedService.FrequencyKind.PER_DAY, 1, Set.of(), null)),
                List.of(), new BigDecimal("17.75"), override, overrideReason, BigDecimal.TEN, 5);
    }

    static FrameOrder order() {
        return new FrameOrder(CLIENT, PROVIDER, ValidityPeriod.from(LocalDate.of(2026, 12, 1)), "anna", NOW);
    }

    @Test
    void draftSentAcknowledgedAndAChangeNeedsANewAcknowledgement() {
        FrameOrder order = order();
        assertThrows(ConflictException.class, order::send, "nothing written yet");
        order.writeVersion(content(null, null, null), "anna", NOW);
        order.send();
        order.acknowledge("maria", NOW);
        assertEquals(OrderStatus.ACKNOWLEDGED, order.status());
        assertThrows(ConflictException.class, () -> order.acknowledge("maria", NOW));

        order.writeVersion(content("Behöver nu också hjälp på kvällen.", null, null), "anna", NOW);
        assertEquals(2, order.versions().size());
        assertEquals(OrderStatus.SENT, order.status());
        assertNull(order.acknowledgedBy());
    }

    @Test
    void fromTheSecondVersionOnTheReasonForTheChangeIsRequired() {
        FrameOrder order = order();
        order.writeVersion(content(null, null, null), "anna", NOW);
        assertEquals("order.changeReason.required", assertThrows(InvalidInputException.class,
                () -> order.writeVersion(content("för kort", null, null), "anna", NOW)).messageKey());
        assertEquals(1, order.versions().size());
    }

    @Test
    void anOverrideNeedsAWrittenReasonAndWins() {
        assertEquals("order.override.reasonRequired", assertThrows(InvalidInputException.class,
                () -> content(null, new BigDecimal("20.00"), " ")).messageKey());
        FrameOrder order = order();
        OrderVersion v = order.writeVersion(content(null, new BigDecimal("20.00"),
                "Två personal krävs vid förflyttning enligt arbetsterapeut."), "anna", NOW);
        assertEquals(new BigDecimal("20.00"), v.ramtidHours());
        assertEquals(new BigDecimal("17.75"), v.computedHours());
    }

    @Test
    void aVersionCannotApplyBeforeTheOrderStarts() {
        FrameOrder order = new FrameOrder(CLIENT, PROVIDER, ValidityPeriod.from(LocalDate.of(2027, 1, 1)), "anna", NOW);
        assertThrows(InvalidInputException.class, () -> order.writeVersion(content(null, null, null), "anna", NOW));
    }
}
