package se.hemtjanst.catalog.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import se.hemtjanst.catalog.application.CatalogService;
import se.hemtjanst.catalog.application.ServiceDraft;
import se.hemtjanst.catalog.domain.MainArea;
import se.hemtjanst.catalog.domain.ServiceQuery;
import se.hemtjanst.catalog.domain.ServiceType;
import se.hemtjanst.shared.domain.Page;
import se.hemtjanst.shared.web.Messages;

/** The catalogue screen: a lazy, filterable, sortable table and an edit dialog for administrators. */
@Named
@ViewScoped
public class ServicesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CatalogService catalog;

    @Inject
    transient Clock clock;

    private LazyDataModel<ServiceRow> services;
    private List<MainArea> mainAreas;
    private ServiceDraft draft;
    /** Show only rows valid on this day (default today); empty shows all rows, history included. */
    private LocalDate validOn;

    @PostConstruct
    void init() {
        mainAreas = catalog.mainAreas();
        validOn = LocalDate.now(clock);
        services = new ServicesModel();
    }

    public void newService() {
        draft = new ServiceDraft();
        draft.validFrom = LocalDate.now(clock);
    }

    public void edit(ServiceRow row) {
        draft = ServiceDraft.of(catalog.get(row.getId()));
    }

    public void save() {
        ServiceType saved = catalog.save(draft);
        Messages.info("catalog.saved", saved.code());
        draft = null;
        PrimeFaces.current().executeScript("PF('editDialog').hide()");
    }

    public boolean isEditingExisting() {
        return draft != null && draft.id != null;
    }

    /** One table row: an immutable projection, serialisable with the view (a class: Faces EL 5 cannot read records). */
    public static final class ServiceRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String code;
        private final String name;
        private final String mainAreaName;
        private final boolean inFrame;
        private final boolean lovBilled;
        private final Integer standardMinutes;
        private final LocalDate validFrom;
        private final LocalDate validTo;

        ServiceRow(ServiceType s) {
            id = s.id();
            code = s.code();
            name = s.name();
            mainAreaName = s.mainArea().name();
            inFrame = s.inFrame();
            lovBilled = s.lovBilled();
            standardMinutes = s.standardMinutes();
            validFrom = s.validity().validFrom();
            validTo = s.validity().validTo();
        }

        static ServiceRow of(ServiceType s) {
            return new ServiceRow(s);
        }

        public long getId() { return id; }
        public String getCode() { return code; }
        public String getName() { return name; }
        public String getMainAreaName() { return mainAreaName; }
        public boolean isInFrame() { return inFrame; }
        public boolean isLovBilled() { return lovBilled; }
        public Integer getStandardMinutes() { return standardMinutes; }
        public LocalDate getValidFrom() { return validFrom; }
        public LocalDate getValidTo() { return validTo; }
    }

    private final class ServicesModel extends LazyDataModel<ServiceRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) catalog.search(query(filterBy, Map.of(), 0, 1)).total();
        }

        @Override
        public List<ServiceRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            Page<ServiceType> page = catalog.search(query(filterBy, sortBy, first, pageSize));
            setRowCount((int) page.total());
            return page.rows().stream().map(ServiceRow::of).toList();
        }

        @Override
        public String getRowKey(ServiceRow row) {
            return String.valueOf(row.getId());
        }

        @Override
        public ServiceRow getRowData(String rowKey) {
            return ServiceRow.of(catalog.get(Long.parseLong(rowKey)));
        }

        private ServiceQuery query(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy, int first,
                                   int pageSize) {
            String text = stringFilter(filterBy, "name");
            String area = stringFilter(filterBy, "mainAreaName");
            String frame = stringFilter(filterBy, "inFrame");
            Boolean inFrame = frame == null ? null : Boolean.valueOf(frame);
            ServiceQuery.SortField field = ServiceQuery.SortField.CODE;
            boolean ascending = true;
            if (!sortBy.isEmpty()) {
                SortMeta sort = sortBy.values().iterator().next();
                ascending = sort.getOrder() != SortOrder.DESCENDING;
                field = switch (sort.getField()) {
                    case "name" -> ServiceQuery.SortField.NAME;
                    case "mainAreaName" -> ServiceQuery.SortField.MAIN_AREA;
                    case "standardMinutes" -> ServiceQuery.SortField.STANDARD_MINUTES;
                    case "validFrom" -> ServiceQuery.SortField.VALID_FROM;
                    default -> ServiceQuery.SortField.CODE;
                };
            }
            return new ServiceQuery(text, area, inFrame, validOn, field, ascending, first, pageSize);
        }

        private static String stringFilter(Map<String, FilterMeta> filterBy, String field) {
            FilterMeta meta = filterBy.get(field);
            if (meta == null || meta.getFilterValue() == null) {
                return null;
            }
            String value = meta.getFilterValue().toString().strip();
            return value.isEmpty() ? null : value;
        }
    }

    public LazyDataModel<ServiceRow> getServices() {
        return services;
    }

    public List<MainArea> getMainAreas() {
        return mainAreas;
    }

    public ServiceDraft getDraft() {
        return draft;
    }

    public LocalDate getValidOn() {
        return validOn;
    }

    public void setValidOn(LocalDate validOn) {
        this.validOn = validOn;
    }
}
