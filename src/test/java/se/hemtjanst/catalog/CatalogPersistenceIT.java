package se.hemtjanst.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.hemtjanst.catalog.application.CatalogService;
import se.hemtjanst.catalog.application.ServiceDraft;
import se.hemtjanst.catalog.domain.ServiceCatalog;
import se.hemtjanst.catalog.domain.ServiceQuery;
import se.hemtjanst.catalog.domain.ServiceType;
import se.hemtjanst.client.domain.Client;
import se.hemtjanst.it.Deployments;
import se.hemtjanst.it.TestPersistence;
import se.hemtjanst.shared.domain.Page;
import se.hemtjanst.shared.domain.ValidityPeriod;
import se.hemtjanst.shared.infrastructure.SchemaMigration;

/**
 * Inside a managed Liberty: the Liquibase schema, the demo data set, the catalogue repository's queries on the
 * real database, and the service's refusal of an unauthenticated caller.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogPersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTests();
    }

    @Inject
    SchemaMigration migration;

    @Inject
    ServiceCatalog catalog;

    @Inject
    CatalogService service;

    @Inject
    TestPersistence persistence;

    @Inject
    UserTransaction tx;

    EntityManager em;

    @BeforeEach
    void entityManager() {
        em = persistence.em();
    }

    @Test
    void schemaIsMigratedByLiquibase() {
        assertTrue(migration.migrated());
        Number changeSets = (Number) em.createNativeQuery("select count(*) from DATABASECHANGELOG").getSingleResult();
        assertTrue(changeSets.intValue() >= 5, "changesets applied: " + changeSets);
    }

    @Test
    void demoDataHasTheCatalogueOfTheDomainAndThirtyValidClients() {
        Page<ServiceType> inFrame = catalog.search(new ServiceQuery(null, null, true, LocalDate.of(2026, 3, 1),
                ServiceQuery.SortField.CODE, true, 0, 100));
        Page<ServiceType> outside = catalog.search(new ServiceQuery(null, null, false, LocalDate.of(2026, 3, 1),
                ServiceQuery.SortField.CODE, true, 0, 100));
        assertTrue(inFrame.total() >= 19, "18 in-frame services of the seed plus RAM-tid");
        assertEquals(List.of("AVLOSNING", "EGENVARD", "LEDSAGNING", "MATDISTRIBUTION", "NATTHJALP", "TILLSYN-DIGITAL",
                "VAK"), outside.rows().stream().map(ServiceType::code).toList());

        List<Client> clients = em.createQuery("select c from Client c", Client.class).getResultList();
        assertEquals(30, clients.size());
        // Reading them back re-validates every personal identity number (format, date, check digit).
        assertEquals(30, clients.stream().map(c -> c.personalIdentityNumber().value()).distinct().count());
        assertEquals(15, clients.stream().filter(c -> c.district().code().equals("SODERMALM")).count());
    }

    @Test
    void searchPagesSortsAndFiltersInTheDatabase() throws Exception {
        tx.begin();
        try {
            var area = catalog.mainArea("SERVICE").orElseThrow();
            catalog.add(new ServiceType("ZZ-PAGE1", "Sidtest ett", area, true, true, 10,
                    new ValidityPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30))));
            catalog.add(new ServiceType("ZZ-PAGE2", "Sidtest två", area, true, true, 20,
                    ValidityPeriod.from(LocalDate.of(2026, 7, 1))));
            em.flush();

            Page<ServiceType> both = catalog.search(new ServiceQuery("sidtest", null, null, null,
                    ServiceQuery.SortField.STANDARD_MINUTES, false, 0, 10));
            assertEquals(2, both.total());
            assertEquals("ZZ-PAGE2", both.rows().get(0).code(), "descending by standard minutes");

            Page<ServiceType> onlyJune = catalog.search(new ServiceQuery("SIDTEST", "SERVICE", true,
                    LocalDate.of(2026, 6, 30), ServiceQuery.SortField.CODE, true, 0, 10));
            assertEquals(List.of("ZZ-PAGE1"), onlyJune.rows().stream().map(ServiceType::code).toList());

            Page<ServiceType> secondPage = catalog.search(new ServiceQuery("sidtest", null, null, null,
                    ServiceQuery.SortField.CODE, true, 1, 1));
            assertEquals(2, secondPage.total());
            assertEquals("ZZ-PAGE2", secondPage.rows().get(0).code());

            Page<ServiceType> outside = catalog.search(new ServiceQuery("sidtest", null, false, null,
                    ServiceQuery.SortField.CODE, true, 0, 10));
            assertEquals(0, outside.total(), "both test rows are in the frame");
        } finally {
            tx.rollback();
        }
    }

    @Test
    void anUnauthenticatedCallerCannotChangeTheCatalogue() {
        ServiceDraft draft = new ServiceDraft();
        draft.code = "ZZ-DENIED";
        draft.name = "Nekad";
        draft.mainAreaCode = "SERVICE";
        draft.validFrom = LocalDate.of(2026, 1, 1);
        assertThrows(EJBAccessException.class, () -> service.save(draft));
        assertTrue(catalog.rowsOfCode("ZZ-DENIED").isEmpty());
    }
}
