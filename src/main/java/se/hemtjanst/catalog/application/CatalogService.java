package se.hemtjanst.catalog.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.logging.Logger;
import se.hemtjanst.catalog.domain.MainArea;
import se.hemtjanst.catalog.domain.ServiceCatalog;
import se.hemtjanst.catalog.domain.ServiceQuery;
import se.hemtjanst.catalog.domain.ServiceType;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.shared.domain.ConflictException;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.NotFoundException;
import se.hemtjanst.shared.domain.Page;
import se.hemtjanst.shared.domain.ValidityPeriod;

/**
 * The catalogue's application service: the transaction and security boundary for screens and REST alike.
 * Everyone signed in reads the catalogue; only system administration changes it.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME, Role.PROVIDER_MANAGER_NAME, Role.STAFF_NAME})
public class CatalogService {

    private static final Logger LOG = Logger.getLogger(CatalogService.class.getName());

    @Inject
    jakarta.enterprise.event.Event<se.hemtjanst.shared.application.ReferenceDataChanged> changed;

    @Inject
    ServiceCatalog catalog;

    public Page<ServiceType> search(@NotNull ServiceQuery query) {
        return catalog.search(query);
    }

    public ServiceType get(long id) {
        return catalog.find(id).orElseThrow(() -> notFound(id));
    }

    /** The catalogue row of a code valid on a day, e.g. to write an order that applies from that day. */
    public ServiceType validOn(String code, java.time.LocalDate day) {
        return catalog.validOn(code == null ? "" : code.strip(), day).orElseThrow(() -> new InvalidInputException(
                "catalog.service.notValid", "services", "No catalogue service '" + code + "' is valid on " + day,
                code, day));
    }

    /** Whether a code is in the catalogue on a day, without a refusal (which would mark the caller's transaction). */
    public boolean existsOn(String code, java.time.LocalDate day) {
        return catalog.validOn(code == null ? "" : code.strip(), day).isPresent();
    }

    public List<MainArea> mainAreas() {
        return catalog.mainAreas();
    }

    /** Creates a service (or a new validity row of a code) or changes an existing row. */
    @RolesAllowed(Role.ADMIN_NAME)
    public ServiceType save(@NotNull @Valid ServiceDraft draft) {
        MainArea area = catalog.mainArea(draft.mainAreaCode).orElseThrow(() -> new InvalidInputException(
                "catalog.mainArea.unknown", "mainAreaCode", "Unknown main area code '" + draft.mainAreaCode + "'",
                draft.mainAreaCode));
        ValidityPeriod validity = new ValidityPeriod(draft.validFrom, draft.validTo);

        ServiceType row;
        if (draft.id == null) {
            row = new ServiceType(draft.code, draft.name, area, draft.inFrame, draft.lovBilled, draft.standardMinutes,
                    validity);
            rejectOverlap(row.code(), null, validity);
            catalog.add(row);
        } else {
            row = get(draft.id);
            if (draft.version == null || draft.version != row.version()) {
                throw new ConflictException("concurrent.edit", null,
                        "Service " + row.code() + " was changed by someone else (version " + row.version()
                                + ", you sent " + draft.version + "); reload and apply your change again");
            }
            if (draft.code != null && !row.code().equalsIgnoreCase(draft.code.strip())) {
                throw new InvalidInputException("catalog.code.immutable", "code",
                        "The code of an existing service cannot change; create a new service instead");
            }
            rejectOverlap(row.code(), row.id(), validity);
            row.change(draft.name, area, draft.inFrame, draft.lovBilled, draft.standardMinutes, validity);
        }
        changed.fire(new se.hemtjanst.shared.application.ReferenceDataChanged("catalogue"));
        LOG.info(() -> "Catalogue service " + row.code() + " saved, valid " + validity);
        return row;
    }

    private void rejectOverlap(String code, Long self, ValidityPeriod validity) {
        for (ServiceType other : catalog.rowsOfCode(code)) {
            if (!other.id().equals(self) && other.validity().overlaps(validity)) {
                throw new ConflictException("catalog.validity.overlap", "validFrom",
                        "Service " + code + " already has a row valid " + other.validity()
                                + "; validity periods of one code must not overlap", code, other.validity().toString());
            }
        }
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("catalog.service.notFound", "No catalogue service with id " + id, id);
    }
}
