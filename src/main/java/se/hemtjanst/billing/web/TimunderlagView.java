package se.hemtjanst.billing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import se.hemtjanst.billing.application.TimunderlagReport;
import se.hemtjanst.billing.application.TimunderlagService;
import se.hemtjanst.billing.domain.TimunderlagLov;

/**
 * The Timunderlag LOV screen (billing/timunderlag.xhtml): a provider and a month, the rows and the total row in
 * decimal hours, exported to CSV (semicolon, decimal comma), Excel and PDF.
 */
@Named
@ViewScoped
public class TimunderlagView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TimunderlagService timunderlag;

    @Inject
    transient Clock clock;

    private Long providerId;
    private String month;
    private List<Row> rows = List.of();
    private Row total;
    private String providerName;
    private int clients;
    private int unlockedVisits;
    private boolean shown;

    /** A printed row (a bean: Faces EL reads getters). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String insatstyp;
        private final BigDecimal beviljadTid;
        private final BigDecimal uppehall;
        private final BigDecimal beviljadTidLov;
        private final BigDecimal utfordTid;
        private final BigDecimal ersattningstimmar;
        private final int antalBesok;
        private final BigDecimal tidPerBesok;
        private boolean total;

        Row(TimunderlagLov.Row row) {
            TimunderlagLov.Figures f = row.figures();
            insatstyp = f.insatstyp();
            beviljadTid = f.beviljadTid();
            uppehall = f.uppehall();
            beviljadTidLov = f.beviljadTidLov();
            utfordTid = f.utfordTid();
            ersattningstimmar = f.ersattningstimmar();
            antalBesok = f.antalBesok();
            tidPerBesok = f.tidPerBesok();
        }

        public boolean isTotal() { return total; }
        public String getInsatstyp() { return insatstyp; }
        public BigDecimal getBeviljadTid() { return beviljadTid; }
        public BigDecimal getUppehall() { return uppehall; }
        public BigDecimal getBeviljadTidLov() { return beviljadTidLov; }
        public BigDecimal getUtfordTid() { return utfordTid; }
        public BigDecimal getErsattningstimmar() { return ersattningstimmar; }
        public int getAntalBesok() { return antalBesok; }
        public BigDecimal getTidPerBesok() { return tidPerBesok; }
    }

    /** A provider to choose (system administration sees all). */
    public static final class Option implements Serializable {
        static Option of(Long value, String label) { return new Option(value, label); }
        private static final long serialVersionUID = 1L;
        private final Long value;
        private final String label;

        public Option(Long value, String label) {
            this.value = value;
            this.label = label;
        }

        public Long getValue() { return value; }
        public String getLabel() { return label; }
    }

    public List<Option> getProviders() {
        return timunderlag.providers().stream().map(p -> new Option(p.id(), p.name())).toList();
    }

    /**
     * A link with ?provider=..&amp;month=YYYY-MM (from the settlements, or bookmarked) shows the report at once; the
     * service checks that the provider is within the person's reach.
     */
    public void open() {
        if (providerId != null && month != null && month.matches("\\d{4}-(0[1-9]|1[0-2])") && !shown) {
            show();
        }
    }

    public void show() {
        TimunderlagReport r = timunderlag.forProvider(providerId, YearMonth.parse(getMonth()));
        List<Row> list = new ArrayList<>();
        r.report().rows().forEach(row -> list.add(new Row(row)));
        total = new Row(r.report().total());
        total.total = true;
        list.add(total);
        rows = list;
        providerName = r.providerName();
        providerId = r.providerId();
        clients = r.clients();
        unlockedVisits = r.unlockedVisitsLeftOut();
        shown = true;
    }

    public String getFileName() {
        return "timunderlag-" + (providerName == null ? "" : providerName.replaceAll("[^A-Za-z0-9]+", "-")) + "-"
                + getMonth();
    }

    public Long getProviderId() { return providerId; }
    public void setProviderId(Long providerId) { this.providerId = providerId; }
    public String getMonth() {
        if (month == null) {
            month = YearMonth.now(clock).toString();
        }
        return month;
    }
    public void setMonth(String month) { this.month = month; }
    public List<Row> getRows() { return rows; }
    public Row getTotal() { return total; }
    public String getProviderName() { return providerName; }
    public int getClients() { return clients; }
    public int getUnlockedVisits() { return unlockedVisits; }
    public boolean isShown() { return shown; }
    public String getClientsText() { return se.hemtjanst.shared.web.Messages.text("billing.clients", clients); }
    public String getNotFinalText() {
        return se.hemtjanst.shared.web.Messages.text("billing.notFinal", unlockedVisits);
    }
}
