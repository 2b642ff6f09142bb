package se.hemtjanst.billing.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact number of hours, held as a fraction. Granted time is ramtid × days / days-in-month (thirds, sevenths,
 * 31sts...), the 110 % cap multiplies that again, and proportional splits divide by performed time, so neither
 * minutes nor a fixed-scale {@link BigDecimal} could hold the figures without rounding on the way. Rounding
 * happens once, at presentation: {@link #rounded()} (hours, HALF_UP, 2 decimals) and {@link #amountAt(BigDecimal)}
 * (SEK, HALF_UP, öre).
 */
public final class ExactHours implements Comparable<ExactHours> {

    public static final ExactHours ZERO = new ExactHours(BigInteger.ZERO, BigInteger.ONE);

    private static final BigInteger SIXTY = BigInteger.valueOf(60);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private ExactHours(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        this.numerator = numerator;
        this.denominator = numerator.signum() == 0 ? BigInteger.ONE : denominator;
    }

    public static ExactHours ofMinutes(long minutes) {
        return new ExactHours(BigInteger.valueOf(minutes), SIXTY);
    }

    public static ExactHours ofHours(BigDecimal hours) {
        Objects.requireNonNull(hours, "hours");
        if (hours.scale() <= 0) {
            return new ExactHours(hours.toBigIntegerExact(), BigInteger.ONE);
        }
        return new ExactHours(hours.unscaledValue(), BigInteger.TEN.pow(hours.scale()));
    }

    /** numerator / denominator hours. */
    public static ExactHours ofFraction(long numerator, long denominator) {
        return new ExactHours(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /** numerator / denominator hours. */
    public static ExactHours ofFraction(BigInteger numerator, BigInteger denominator) {
        return new ExactHours(numerator, denominator);
    }

    public ExactHours plus(ExactHours other) {
        return new ExactHours(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public ExactHours minus(ExactHours other) {
        return plus(other.negate());
    }

    public ExactHours negate() {
        return new ExactHours(numerator.negate(), denominator);
    }

    /** This × factor / divisor, e.g. ramtid × 17 days / 31 days. */
    public ExactHours times(long factor, long divisor) {
        return new ExactHours(numerator.multiply(BigInteger.valueOf(factor)),
                denominator.multiply(BigInteger.valueOf(divisor)));
    }

    public ExactHours times(BigDecimal factor) {
        return multiply(ofHours(factor));
    }

    /** This × (part / whole): the share of this that part is of whole. */
    public ExactHours timesRatio(ExactHours part, ExactHours whole) {
        if (whole.signum() == 0) {
            throw new ArithmeticException("ratio to zero");
        }
        return new ExactHours(numerator.multiply(part.numerator).multiply(whole.denominator),
                denominator.multiply(part.denominator).multiply(whole.numerator));
    }

    private ExactHours multiply(ExactHours factor) {
        return new ExactHours(numerator.multiply(factor.numerator), denominator.multiply(factor.denominator));
    }

    public ExactHours min(ExactHours other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public ExactHours max(ExactHours other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public int signum() {
        return numerator.signum();
    }

    public boolean isZero() {
        return numerator.signum() == 0;
    }

    /** Decimal hours, HALF_UP to 2 decimals: the one rounding for presentation (12,43 h). */
    public BigDecimal rounded() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), 2, RoundingMode.HALF_UP);
    }

    /** Exact minutes as a decimal when finite, e.g. for messages; rounded HALF_UP to 4 decimals otherwise. */
    public BigDecimal minutes() {
        return new BigDecimal(numerator.multiply(SIXTY)).divide(new BigDecimal(denominator), 4, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    /**
     * This many hours at an hourly rate, in SEK rounded HALF_UP to öre: the one rounding of an amount line.
     */
    public BigDecimal amountAt(BigDecimal ratePerHour) {
        ExactHours product = times(ratePerHour);
        return new BigDecimal(product.numerator).divide(new BigDecimal(product.denominator), 2, RoundingMode.HALF_UP);
    }

    /** This divided into n equal parts (e.g. time per visit); zero when n is zero. */
    public ExactHours per(long n) {
        return n == 0 ? ZERO : new ExactHours(numerator, denominator.multiply(BigInteger.valueOf(n)));
    }

    @Override
    public int compareTo(ExactHours other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExactHours h && numerator.equals(h.numerator) && denominator.equals(h.denominator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(numerator, denominator);
    }

    /** The fraction and its rounded value, e.g. {@code 1541/124 h (12.43)}. */
    @Override
    public String toString() {
        return (denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator)
                + " h (" + rounded() + ")";
    }
}
