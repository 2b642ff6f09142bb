package se.hemtjanst.catalog.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.hemtjanst.shared.domain.Page;

/** Repository of the service catalogue. */
public interface ServiceCatalog {

    Optional<ServiceType> find(long id);

    /** The rows of one code, oldest first. */
    List<ServiceType> rowsOfCode(String code);

    Optional<ServiceType> validOn(String code, LocalDate day);

    List<MainArea> mainAreas();

    Optional<MainArea> mainArea(String code);

    ServiceType add(ServiceType serviceType);

    /** One page of services matching the query, and the total count of matches. */
    Page<ServiceType> search(ServiceQuery query);
}
