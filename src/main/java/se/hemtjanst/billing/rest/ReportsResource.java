package se.hemtjanst.billing.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hemtjanst.billing.application.TimunderlagReport;
import se.hemtjanst.billing.application.TimunderlagService;
import se.hemtjanst.billing.domain.TimunderlagLov;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.rest.Problem;

/** The Timunderlag LOV per provider and month, as JSON or as CSV (semicolon, decimal comma) for Excel. */
@Path("/reports")
@Tag(name = "Reports")
public class ReportsResource {

    static final String CSV = "text/csv";
    static final List<String> COLUMNS = List.of("Insatstyp", "Beviljad tid", "Uppehåll", "Beviljad tid LOV",
            "Utförd tid", "Ersättn.timmar", "Antal besök", "Tid per besök");

    @Inject
    TimunderlagService timunderlag;

    public record RowDto(String code, String insatstyp, BigDecimal beviljadTid, BigDecimal uppehall, BigDecimal beviljadTidLov,
                         BigDecimal utfordTid, BigDecimal ersattningstimmar, int antalBesok, BigDecimal tidPerBesok) {
        static RowDto of(TimunderlagLov.Row row) {
            TimunderlagLov.Figures f = row.figures();
            return new RowDto(row.row() == null ? null : row.row().serviceCode(), f.insatstyp(), f.beviljadTid(), f.uppehall(), f.beviljadTidLov(), f.utfordTid(),
                    f.ersattningstimmar(), f.antalBesok(), f.tidPerBesok());
        }
    }

    public record TimunderlagDto(long providerId, String provider, String month, int clients, boolean complete,
                                 int unlockedVisitsLeftOut, List<RowDto> rows, RowDto total) {
    }

    @GET
    @Path("timunderlag")
    @Produces({MediaType.APPLICATION_JSON, CSV, Problem.MEDIA_TYPE})
    @Operation(summary = "Timunderlag LOV of a provider and month", description = "Decimal hours with two decimals. "
            + "PROVIDER_MANAGER: your own provider (provider may be left out); ADMIN: any. With Accept: text/csv the "
            + "report is CSV with semicolons and decimal commas, total row last. complete=false while visits of the "
            + "month are still open for correction (they are left out). client= gives one client's part, computed "
            + "the same way as the whole.")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "400", description = "month missing or not YYYY-MM")
    @APIResponse(responseCode = "403", description = "Another provider's report")
    @APIResponse(responseCode = "404", description = "No billing rules for the month, or no such provider")
    public Response timunderlag(@QueryParam("provider") Long provider, @QueryParam("month") String month,
                                @QueryParam("client") Long client,
                                @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        YearMonth ym;
        try {
            ym = YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("billing.month.required", "month", "month is YYYY-MM, e.g. 2026-11");
        }
        TimunderlagReport r = client == null ? timunderlag.forProvider(provider, ym)
                : timunderlag.forClient(provider, client, ym);
        // The caller's first preference decides; JSON unless CSV is asked for first.
        boolean csv = !headers.getAcceptableMediaTypes().isEmpty()
                && "text".equals(headers.getAcceptableMediaTypes().get(0).getType())
                && "csv".equals(headers.getAcceptableMediaTypes().get(0).getSubtype());
        if (csv) {
            return Response.ok(csv(r), CSV + ";charset=UTF-8").header("Content-Disposition",
                    "attachment; filename=\"timunderlag-" + r.providerId() + "-" + ym + ".csv\"").build();
        }
        return Response.ok(new TimunderlagDto(r.providerId(), r.providerName(), ym.toString(), r.clients(),
                r.isFinal(), r.unlockedVisitsLeftOut(), r.report().rows().stream().map(RowDto::of).toList(),
                RowDto.of(r.report().total())), MediaType.APPLICATION_JSON).build();
    }

    static String csv(TimunderlagReport r) {
        DecimalFormat hours = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("sv-SE")));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setRecordSeparator("\r\n").get())) {
            printer.printRecord(COLUMNS);
            List<TimunderlagLov.Row> all = new ArrayList<>(r.report().rows());
            all.add(r.report().total());
            for (TimunderlagLov.Row row : all) {
                TimunderlagLov.Figures f = row.figures();
                printer.printRecord(f.insatstyp(), hours.format(f.beviljadTid()), hours.format(f.uppehall()),
                        hours.format(f.beviljadTidLov()), hours.format(f.utfordTid()),
                        hours.format(f.ersattningstimmar()), f.antalBesok(), hours.format(f.tidPerBesok()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
