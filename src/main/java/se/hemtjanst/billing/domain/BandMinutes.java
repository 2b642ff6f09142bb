package se.hemtjanst.billing.domain;

/** Whole minutes split by time band. */
public record BandMinutes(long daytime, long otherTime) {

    public static final BandMinutes ZERO = new BandMinutes(0, 0);

    public BandMinutes {
        if (daytime < 0 || otherTime < 0) {
            throw new IllegalArgumentException("minutes must not be negative");
        }
    }

    public long total() {
        return daytime + otherTime;
    }

    public long get(TimeBand band) {
        return band == TimeBand.DAYTIME ? daytime : otherTime;
    }

    public BandMinutes plus(BandMinutes other) {
        return new BandMinutes(daytime + other.daytime, otherTime + other.otherTime);
    }
}
