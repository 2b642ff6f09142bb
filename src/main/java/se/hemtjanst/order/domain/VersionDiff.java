package se.hemtjanst.order.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of a frame order, field by field: services added, removed or granted
 * differently (by service code), goals per life area, the texts, the start date and the ramtid. Language-neutral:
 * screens and REST render the {@link Change}s in their own words.
 */
public final class VersionDiff {

    public enum Kind { ADDED, REMOVED, CHANGED }

    public enum Subject { APPLIES_FROM, DESCRIPTION, PURPOSE, RAMTID, OVERRIDE_REASON, SERVICE, GOAL }

    /** One difference. {@code key} names the service code or life area; before/after are null when absent. */
    public static final class Change {
        private final Subject subject;
        private final Kind kind;
        private final String key;
        private final Object before;
        private final Object after;

        Change(Subject subject, Kind kind, String key, Object before, Object after) {
            this.subject = subject;
            this.kind = kind;
            this.key = key;
            this.before = before;
            this.after = after;
        }

        public Subject getSubject() { return subject; }
        public Kind getKind() { return kind; }
        public String getKey() { return key; }
        public Object getBefore() { return before; }
        public Object getAfter() { return after; }

        @Override
        public String toString() {
            return subject + " " + kind + (key == null ? "" : " " + key) + ": " + before + " -> " + after;
        }
    }

    private VersionDiff() {
    }

    /** The changes that turn {@code from} into {@code to}, in reading order. */
    public static List<Change> between(OrderVersion from, OrderVersion to) {
        List<Change> changes = new ArrayList<>();
        field(changes, Subject.APPLIES_FROM, from.appliesFrom(), to.appliesFrom());
        field(changes, Subject.DESCRIPTION, from.description(), to.description());
        field(changes, Subject.PURPOSE, from.purpose(), to.purpose());
        BigDecimal a = from.ramtidHours();
        BigDecimal b = to.ramtidHours();
        if (a.compareTo(b) != 0) {
            changes.add(new Change(Subject.RAMTID, Kind.CHANGED, null, a, b));
        }
        field(changes, Subject.OVERRIDE_REASON, from.overrideReason(), to.overrideReason());
        services(changes, from.services(), to.services());
        goals(changes, from.goals(), to.goals());
        return changes;
    }

    private static void field(List<Change> changes, Subject subject, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            Kind kind = before == null ? Kind.ADDED : after == null ? Kind.REMOVED : Kind.CHANGED;
            changes.add(new Change(subject, kind, null, before, after));
        }
    }

    private static void services(List<Change> changes, List<OrderedService> before, List<OrderedService> after) {
        Map<String, OrderedService> old = byCode(before);
        Map<String, OrderedService> now = byCode(after);
        for (Map.Entry<String, OrderedService> e : old.entrySet()) {
            OrderedService next = now.get(e.getKey());
            if (next == null) {
                changes.add(new Change(Subject.SERVICE, Kind.REMOVED, e.getKey(), e.getValue(), null));
            } else if (!e.getValue().sameGrant(next)) {
                changes.add(new Change(Subject.SERVICE, Kind.CHANGED, e.getKey(), e.getValue(), next));
            }
        }
        for (Map.Entry<String, OrderedService> e : now.entrySet()) {
            if (!old.containsKey(e.getKey())) {
                changes.add(new Change(Subject.SERVICE, Kind.ADDED, e.getKey(), null, e.getValue()));
            }
        }
    }

    private static Map<String, OrderedService> byCode(List<OrderedService> services) {
        Map<String, OrderedService> map = new LinkedHashMap<>();
        for (OrderedService s : services) {
            // A code granted twice (e.g. two separate visit groups) is told apart by its visit group.
            String key = map.containsKey(s.serviceCode()) ? s.serviceCode() + "/" + s.visitGroup() : s.serviceCode();
            map.put(key, s);
        }
        return map;
    }

    private static void goals(List<Change> changes, List<OrderGoal> before, List<OrderGoal> after) {
        Map<String, String> old = goalTexts(before);
        Map<String, String> now = goalTexts(after);
        for (Map.Entry<String, String> e : old.entrySet()) {
            String next = now.get(e.getKey());
            if (next == null) {
                changes.add(new Change(Subject.GOAL, Kind.REMOVED, e.getKey(), e.getValue(), null));
            } else if (!next.equals(e.getValue())) {
                changes.add(new Change(Subject.GOAL, Kind.CHANGED, e.getKey(), e.getValue(), next));
            }
        }
        for (Map.Entry<String, String> e : now.entrySet()) {
            if (!old.containsKey(e.getKey())) {
                changes.add(new Change(Subject.GOAL, Kind.ADDED, e.getKey(), null, e.getValue()));
            }
        }
    }

    /** Goals by life area; several goals in one area are compared as one text. */
    private static Map<String, String> goalTexts(List<OrderGoal> goals) {
        Map<String, String> map = new LinkedHashMap<>();
        for (OrderGoal g : goals) {
            map.merge(g.lifeArea().name(), g.goal(), (x, y) -> x + "\n" + y);
        }
        return map;
    }
}
