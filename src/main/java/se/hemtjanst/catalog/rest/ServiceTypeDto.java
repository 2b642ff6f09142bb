package se.hemtjanst.catalog.rest;

import java.time.LocalDate;
import se.hemtjanst.catalog.domain.ServiceType;

/** A catalogue service as the API shows it; separate from the entity so the schema can evolve on its own. */
public record ServiceTypeDto(long id, String code, String name, MainAreaDto mainArea, boolean inFrame,
                             boolean lovBilled, Integer standardMinutes, LocalDate validFrom, LocalDate validTo,
                             long version) {

    public record MainAreaDto(String code, String name) {
    }

    public static ServiceTypeDto of(ServiceType s) {
        return new ServiceTypeDto(s.id(), s.code(), s.name(), new MainAreaDto(s.mainArea().code(), s.mainArea().name()),
                s.inFrame(), s.lovBilled(), s.standardMinutes(), s.validity().validFrom(), s.validity().validTo(),
                s.version());
    }
}
