package se.hemtjanst.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.primefaces.component.export.CSVOptions;

/** Settings shared by every table export ({@code /WEB-INF/templates/export.xhtml}). */
@Named("exports")
@ApplicationScoped
public class Exports {

    /** Semicolons and decimal commas: what Excel expects in a Swedish locale. */
    public CSVOptions getCsvOptions() {
        return CSVOptions.EXCEL_NORTHERN_EUROPE;
    }
}
