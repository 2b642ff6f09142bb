package se.hemtjanst.billing.domain;

import java.util.Objects;

/**
 * The granted time of one report row in one month, exact: {@code granted} (Beviljad tid, prorated by the days
 * each version is in force), {@code pause} (Uppehåll, the part of it falling on pause days) and
 * {@code grantedLov} (Beviljad tid LOV = granted − pause, the time the provider can be paid for).
 */
public record GrantedFigures(ExactHours granted, ExactHours pause) {

    public static final GrantedFigures NONE = new GrantedFigures(ExactHours.ZERO, ExactHours.ZERO);

    public GrantedFigures {
        Objects.requireNonNull(granted, "granted");
        Objects.requireNonNull(pause, "pause");
        if (pause.compareTo(granted) > 0 || pause.signum() < 0) {
            throw new IllegalArgumentException("pause must lie between 0 and granted time");
        }
    }

    public ExactHours grantedLov() {
        return granted.minus(pause);
    }

    public GrantedFigures plus(GrantedFigures other) {
        return new GrantedFigures(granted.plus(other.granted), pause.plus(other.pause));
    }
}
