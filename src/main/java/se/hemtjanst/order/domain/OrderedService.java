package se.hemtjanst.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import se.hemtjanst.shared.domain.InvalidInputException;

/**
 * One granted service in an order version, with what the catalogue said of it when the version was written
 * (name, main area, in/out of frame, standard minutes): a later catalogue change never rewrites an order.
 * In-frame services carry a frequency and a visit group and count against ramtid; services outside the frame
 * carry their own hours per month instead.
 */
@Embeddable
public class OrderedService {

    public enum FrequencyKind { PER_DAY, PER_WEEK, ON_WEEKDAYS, PER_MONTH }

    @Column(name = "service_code")
    private String serviceCode;

    @Column(name = "service_name")
    private String serviceName;

    @Column(name = "main_area")
    private String mainArea;

    @Column(name = "in_frame")
    private boolean inFrame;

    @Column(name = "standard_minutes")
    private Integer standardMinutes;

    @Column(name = "frequency_kind")
    private String frequencyKind;

    @Column(name = "frequency_count")
    private Integer frequencyCount;

    /** Comma-separated ISO weekdays (MONDAY,...) for ON_WEEKDAYS. */
    @Column(name = "weekdays")
    private String weekdays;

    @Column(name = "visit_group")
    private String visitGroup;

    @Column(name = "own_hours")
    private BigDecimal ownHours;

    protected OrderedService() {
    }

    /** An in-frame service: counted against ramtid by the calculation support. */
    public static OrderedService inFrame(String code, String name, String mainArea, int standardMinutes,
                                         FrequencyKind kind, int count, Set<DayOfWeek> days, String visitGroup) {
        OrderedService s = new OrderedService();
        s.serviceCode = code;
        s.serviceName = name;
        s.mainArea = mainArea;
        s.inFrame = true;
        s.standardMinutes = standardMinutes;
        if (kind == null) {
            throw new InvalidInputException("order.frequency.required", "frequency",
                    "Service " + code + " in the frame needs a frequency");
        }
        if (count < 1 || count > 31) {
            throw new InvalidInputException("order.frequency.count", "frequency",
                    "Frequency count for " + code + " must be 1-31", code);
        }
        if (kind == FrequencyKind.ON_WEEKDAYS && (days == null || days.isEmpty())) {
            throw new InvalidInputException("order.frequency.weekdays", "frequency",
                    "Service " + code + " on weekdays needs at least one weekday", code);
        }
        s.frequencyKind = kind.name();
        s.frequencyCount = count;
        s.weekdays = kind == FrequencyKind.ON_WEEKDAYS
                ? EnumSet.copyOf(days).stream().map(DayOfWeek::name).collect(Collectors.joining(",")) : null;
        s.visitGroup = visitGroup == null || visitGroup.isBlank() ? null
                : visitGroup.strip().toUpperCase(Locale.ROOT);
        return s;
    }

    /** A service outside the frame (avlösning, ledsagning, ...), ordered with its own hours per month. */
    public static OrderedService outsideFrame(String code, String name, String mainArea, BigDecimal hoursPerMonth) {
        if (hoursPerMonth == null || hoursPerMonth.signum() <= 0 || hoursPerMonth.compareTo(BigDecimal.valueOf(744)) > 0) {
            throw new InvalidInputException("order.ownHours.range", "ownHours",
                    "Service " + code + " outside the frame needs its own hours per month, above 0 and at most 744",
                    code);
        }
        OrderedService s = new OrderedService();
        s.serviceCode = code;
        s.serviceName = name;
        s.mainArea = mainArea;
        s.inFrame = false;
        s.ownHours = hoursPerMonth.setScale(2, java.math.RoundingMode.HALF_UP);
        return s;
    }

    /** Granted the same way: same frequency, weekdays, visit group, standard time and own hours. */
    public boolean sameGrant(OrderedService other) {
        return inFrame == other.inFrame && java.util.Objects.equals(serviceCode, other.serviceCode)
                && java.util.Objects.equals(standardMinutes, other.standardMinutes)
                && java.util.Objects.equals(frequencyKind, other.frequencyKind)
                && java.util.Objects.equals(frequencyCount, other.frequencyCount)
                && weekdays().equals(other.weekdays())
                && java.util.Objects.equals(visitGroup, other.visitGroup)
                && (ownHours == null ? other.ownHours == null
                    : other.ownHours != null && ownHours.compareTo(other.ownHours) == 0);
    }

    public String serviceCode() { return serviceCode; }
    public String serviceName() { return serviceName; }
    public String mainArea() { return mainArea; }
    public boolean inFrame() { return inFrame; }
    public Integer standardMinutes() { return standardMinutes; }
    public FrequencyKind frequencyKind() { return frequencyKind == null ? null : FrequencyKind.valueOf(frequencyKind); }
    public Integer frequencyCount() { return frequencyCount; }
    public Set<DayOfWeek> weekdays() {
        return weekdays == null || weekdays.isBlank() ? Set.of()
                : Arrays.stream(weekdays.split(",")).map(DayOfWeek::valueOf).collect(Collectors.toCollection(
                        () -> EnumSet.noneOf(DayOfWeek.class)));
    }
    public String visitGroup() { return visitGroup; }
    public BigDecimal ownHours() { return ownHours; }
}
