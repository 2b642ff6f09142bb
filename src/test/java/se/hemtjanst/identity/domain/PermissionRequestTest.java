package se.hemtjanst.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import se.hemtjanst.organization.domain.District;
import se.hemtjanst.organization.domain.Municipality;
import se.hemtjanst.organization.domain.Provider;
import se.hemtjanst.shared.domain.AccessDeniedException;
import se.hemtjanst.shared.domain.ConflictException;
import se.hemtjanst.shared.domain.InvalidInputException;

/** The permission request's rules: who decides, only once, never one's own; what approval gives the account. */
class PermissionRequestTest {

    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    static final Municipality STHLM = new Municipality("0180", "Stockholms stad");
    static final District SODER = withId(new District(STHLM, "SODERMALM", "Södermalm"), 1L);
    static final Provider OMSORG = withId(new Provider(STHLM, "556677-8899", "Omsorgshuset", false), 11L);
    static final Provider TRYGGA = withId(new Provider(STHLM, "556677-0000", "Trygga Händer", false), 12L);

    static <T> T withId(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Account newcomer(String name) {
        return new Account(name, "Ny Person", "hash", EnumSet.noneOf(Role.class), null, null, NOW);
    }

    static Account manager(String name, Provider provider) {
        return new Account(name, "Chef", "hash", EnumSet.of(Role.PROVIDER_MANAGER), null, provider, NOW);
    }

    static Account admin() {
        return new Account("admin.x", "Admin", "hash", EnumSet.of(Role.ADMIN), null, null, NOW);
    }

    static PermissionRequest staffAtOmsorg(Account requester) {
        return new PermissionRequest(requester, Role.STAFF, null, OMSORG, "Nyanställd", NOW);
    }

    @Test
    void aManagerOfTheProviderApprovesAndTheAccountGetsRoleAndUnit() {
        Account nora = newcomer("nora");
        PermissionRequest r = staffAtOmsorg(nora);
        r.decide(manager("chef.o", OMSORG), true, null, NOW);
        assertEquals(PermissionRequest.Status.APPROVED, r.status());
        assertEquals("chef.o", r.decidedBy());
        assertTrue(nora.has(Role.STAFF));
        assertEquals(OMSORG, nora.provider());
    }

    @Test
    void aManagerOfAnotherProviderAndStaffCannotDecide() {
        PermissionRequest r = staffAtOmsorg(newcomer("nora"));
        assertEquals("permission.decide.notManager", assertThrows(AccessDeniedException.class,
                () -> r.decide(manager("chef.t", TRYGGA), true, null, NOW)).messageKey());
        Account staff = new Account("staff.o", "S", "hash", EnumSet.of(Role.STAFF), null, OMSORG, NOW);
        assertThrows(AccessDeniedException.class, () -> r.decide(staff, true, null, NOW));
        assertEquals(PermissionRequest.Status.PENDING, r.status());
    }

    @Test
    void nobodyDecidesTheirOwnRequestEvenAsManagerOrAdmin() {
        Account chef = manager("chef.o", OMSORG);
        PermissionRequest own = new PermissionRequest(chef, Role.STAFF, null, OMSORG, "Vill även gå pass", NOW);
        assertEquals("permission.decide.own", assertThrows(AccessDeniedException.class,
                () -> own.decide(chef, true, null, NOW)).messageKey());
        Account admin = admin();
        PermissionRequest adminsOwn = new PermissionRequest(admin, Role.ASSESSOR, SODER, null, "Behöver läsa", NOW);
        assertThrows(AccessDeniedException.class, () -> adminsOwn.decide(admin, false, "nej", NOW));
        assertFalse(chef.has(Role.STAFF));
    }

    @Test
    void onlyAPendingRequestIsDecidedOrWithdrawn() {
        PermissionRequest r = staffAtOmsorg(newcomer("nora"));
        r.decide(manager("chef.o", OMSORG), false, "Inte anställd här", NOW);
        assertEquals(PermissionRequest.Status.REJECTED, r.status());
        assertThrows(ConflictException.class, () -> r.decide(manager("chef.o2", OMSORG), true, null, NOW));
        assertThrows(ConflictException.class, () -> r.withdraw("nora", NOW));
        PermissionRequest w = staffAtOmsorg(newcomer("olle"));
        w.withdraw("olle", NOW);
        assertThrows(ConflictException.class, () -> w.decide(admin(), true, null, NOW));
    }

    @Test
    void aRejectionNeedsANote() {
        PermissionRequest r = staffAtOmsorg(newcomer("nora"));
        assertThrows(InvalidInputException.class, () -> r.decide(manager("chef.o", OMSORG), false, " ", NOW));
        assertEquals(PermissionRequest.Status.PENDING, r.status());
    }

    @Test
    void districtsAreDecidedByAnAdminOnly() {
        Account anna = newcomer("anna");
        PermissionRequest r = new PermissionRequest(anna, Role.ASSESSOR, SODER, null, "Ny handläggare", NOW);
        assertThrows(AccessDeniedException.class, () -> r.decide(manager("chef.o", OMSORG), true, null, NOW));
        r.decide(admin(), true, null, NOW);
        assertTrue(anna.has(Role.ASSESSOR));
        assertEquals(SODER, anna.district());
    }

    @Test
    void adminIsNeverAppliedForAndTheUnitMatchesTheRole() {
        Account nora = newcomer("nora");
        assertThrows(InvalidInputException.class, () -> new PermissionRequest(nora, Role.ADMIN, null, null, "x", NOW));
        assertThrows(InvalidInputException.class, () -> new PermissionRequest(nora, Role.STAFF, SODER, null, "x",
                NOW));
        assertThrows(InvalidInputException.class, () -> new PermissionRequest(nora, Role.ASSESSOR, null, OMSORG, "x",
                NOW));
        assertThrows(InvalidInputException.class, () -> new PermissionRequest(nora, Role.STAFF, null, OMSORG, " ",
                NOW));
    }

    @Test
    void approvalIntoAnotherUnitIsAConflict() {
        Account staffAtTrygga = new Account("s.t", "S", "hash", EnumSet.of(Role.STAFF), null, TRYGGA, NOW);
        PermissionRequest r = staffAtOmsorg(staffAtTrygga);
        assertEquals("permission.unit.other", assertThrows(ConflictException.class,
                () -> r.decide(manager("chef.o", OMSORG), true, null, NOW)).messageKey());
        assertEquals(PermissionRequest.Status.PENDING, r.status());
        assertEquals(TRYGGA, staffAtTrygga.provider());
    }

    @Test
    void endingTheEmploymentTakesEveryRoleAndDisables() {
        Account chef = manager("chef.o", OMSORG);
        chef.endEmployment();
        assertTrue(chef.roles().isEmpty());
        assertFalse(chef.enabled());
        assertFalse(staffAtOmsorg(newcomer("nora")).managedBy(chef));
        assertNull(newcomer("olle").provider());
    }
}
