package se.hemtjanst.billing.domain;

import java.util.Objects;

/**
 * A row of a settlement and of the Timunderlag LOV report ("Insatstyp").
 *
 * @param kind        what the row stands for
 * @param serviceCode the frame service code for {@link Kind#RAMTID}, otherwise the service's own code
 */
public record ServiceRow(Kind kind, String serviceCode) {

    public enum Kind {
        /** Ramtid: granted frame time and the visits tied to the frame service (RAM-tid). */
        RAMTID,
        /**
         * Visits for a service inside the frame but tied to that service's own code (e.g. Morgonhjälp) instead
         * of RAM-tid. Shown on a row of their own with their performed time, but neither paid nor measured as
         * ramtid (seed 002: the Morgonhjälp row has Utförd tid 0,15 and no Ersättn.timmar).
         */
        IN_FRAME_SERVICE,
        /** A LOV-billed service outside the frame with its own granted time (avlösning, ledsagning...). */
        OUT_OF_FRAME
    }

    public ServiceRow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(serviceCode, "serviceCode");
    }
}
