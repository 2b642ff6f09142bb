package se.hemtjanst.catalog.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.hemtjanst.catalog.domain.MainArea;
import se.hemtjanst.catalog.domain.ServiceCatalog;
import se.hemtjanst.catalog.domain.ServiceQuery;
import se.hemtjanst.catalog.domain.ServiceType;
import se.hemtjanst.shared.domain.Page;

/** The catalogue in JPA: one count query and one page query per search, never a query per row. */
@ApplicationScoped
public class JpaServiceCatalog implements ServiceCatalog {

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    @Override
    public Optional<ServiceType> find(long id) {
        return Optional.ofNullable(em.find(ServiceType.class, id));
    }

    @Override
    public List<ServiceType> rowsOfCode(String code) {
        return em.createQuery("select s from ServiceType s where s.code = :code order by s.validity.validFrom",
                        ServiceType.class)
                .setParameter("code", code.toUpperCase(Locale.ROOT))
                .getResultList();
    }

    @Override
    public Optional<ServiceType> validOn(String code, LocalDate day) {
        return rowsOfCode(code).stream().filter(s -> s.validity().contains(day)).findFirst();
    }

    @Override
    public List<MainArea> mainAreas() {
        return em.createQuery("select m from MainArea m order by m.sortOrder, m.name", MainArea.class).getResultList();
    }

    @Override
    public Optional<MainArea> mainArea(String code) {
        return em.createQuery("select m from MainArea m where m.code = :code", MainArea.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public ServiceType add(ServiceType serviceType) {
        em.persist(serviceType);
        return serviceType;
    }

    @Override
    public Page<ServiceType> search(ServiceQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> countQuery = cb.createQuery(Long.class);
        Root<ServiceType> countRoot = countQuery.from(ServiceType.class);
        countQuery.select(cb.count(countRoot)).where(predicates(cb, countRoot, countRoot.join("mainArea"), query));
        long total = em.createQuery(countQuery).getSingleResult();

        CriteriaQuery<ServiceType> pageQuery = cb.createQuery(ServiceType.class);
        Root<ServiceType> root = pageQuery.from(ServiceType.class);
        Join<ServiceType, MainArea> area = root.join("mainArea");
        Expression<?> sortKey = sortKey(root, area, query.sortField());
        pageQuery.select(root)
                .where(predicates(cb, root, area, query))
                .orderBy(query.ascending() ? cb.asc(sortKey) : cb.desc(sortKey), cb.asc(root.get("code")),
                        cb.asc(root.get("id")));
        List<ServiceType> rows = em.createQuery(pageQuery)
                .setFirstResult(query.first())
                .setMaxResults(query.pageSize())
                .getResultList();
        return new Page<>(rows, total);
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<ServiceType> root, Join<ServiceType, MainArea> area,
                                          ServiceQuery query) {
        List<Predicate> where = new ArrayList<>();
        if (query.text() != null) {
            // A plain LIKE: an ESCAPE clause or LOCATE would make EclipseLink print (not bind) the parameters,
            // booleans as 1/0, which Derby rejects. The query has already removed LIKE wildcards from the text.
            String like = "%" + query.text().toLowerCase(Locale.ROOT) + "%";
            where.add(cb.or(cb.like(cb.lower(root.get("code")), like), cb.like(cb.lower(root.get("name")), like)));
        }
        if (query.mainAreaCode() != null) {
            where.add(cb.equal(area.get("code"), query.mainAreaCode()));
        }
        if (query.inFrame() != null) {
            where.add(cb.equal(root.get("inFrame"), query.inFrame()));
        }
        if (query.validOn() != null) {
            Path<LocalDate> from = root.get("validity").get("validFrom");
            Path<LocalDate> to = root.get("validity").get("validTo");
            where.add(cb.lessThanOrEqualTo(from, query.validOn()));
            where.add(cb.or(cb.isNull(to), cb.greaterThanOrEqualTo(to, query.validOn())));
        }
        return where.toArray(Predicate[]::new);
    }

    private static Expression<?> sortKey(Root<ServiceType> root, Join<ServiceType, MainArea> area,
                                         ServiceQuery.SortField field) {
        return switch (field) {
            case CODE -> root.get("code");
            case NAME -> root.get("name");
            case MAIN_AREA -> area.get("sortOrder");
            case STANDARD_MINUTES -> root.get("standardMinutes");
            case VALID_FROM -> root.get("validity").get("validFrom");
        };
    }
}
