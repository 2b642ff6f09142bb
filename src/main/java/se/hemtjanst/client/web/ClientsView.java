package se.hemtjanst.client.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import se.hemtjanst.client.application.ClientService;
import se.hemtjanst.client.domain.Client;
import se.hemtjanst.shared.domain.Page;

/** The client list: search by name or personal identity number within the person's reach, lazily paged. */
@Named
@ViewScoped
public class ClientsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClientService clients;

    private String search;
    private LazyDataModel<ClientRow> model;

    @PostConstruct
    void init() {
        model = new ClientsModel();
    }

    /** A row of the list (a bean: Faces EL 5 cannot read records). */
    public static final class ClientRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String personalIdentityNumber;
        private final String name;
        private final String district;
        private final String address;
        private final String status;

        ClientRow(Client c) {
            id = c.id();
            personalIdentityNumber = c.personalIdentityNumber().formatted();
            name = c.lastName() + ", " + c.firstName();
            district = c.district().name();
            address = c.street() == null ? "" : c.street() + ", " + c.postalCode() + " " + c.city();
            status = c.status().name();
        }

        public long getId() { return id; }
        public String getPersonalIdentityNumber() { return personalIdentityNumber; }
        public String getName() { return name; }
        public String getDistrict() { return district; }
        public String getAddress() { return address; }
        public String getStatus() { return status; }
    }

    private final class ClientsModel extends LazyDataModel<ClientRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) clients.countInReach();
        }

        @Override
        public List<ClientRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
            Page<Client> page = clients.search(search, first, Math.min(pageSize, ClientService.MAX_PAGE_SIZE));
            setRowCount((int) page.total());
            return page.rows().stream().map(ClientRow::new).toList();
        }

        @Override
        public String getRowKey(ClientRow row) {
            return String.valueOf(row.getId());
        }
    }

    public LazyDataModel<ClientRow> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
