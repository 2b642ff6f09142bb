package se.hemtjanst.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Gives in-container tests the application's entity manager (Arquillian injects only CDI beans and resources). */
@ApplicationScoped
public class TestPersistence {

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    public EntityManager em() {
        return em;
    }
}
