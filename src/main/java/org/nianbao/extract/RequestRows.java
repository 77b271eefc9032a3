package org.nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Cols;
import org.nianbao.model.RequestsTable;
import org.nianbao.model.RequestsTable.Results;

/** The printed rows of a table 三 in template order, with their JSON paths, for checks and sums. */
public final class RequestRows {

    /** One printed row of table 三. */
    public record Row(String path, Cols cols) {
    }

    private RequestRows() {
    }

    /** Every data row as printed: the 2021 （六） sub-rows instead of their sum, the 2019 （六） row otherwise. */
    public static List<Row> printed(RequestsTable t) {
        Results r = t.results();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("newReceived", t.newReceived()));
        rows.add(new Row("carriedOver", t.carriedOver()));
        rows.add(new Row("results.granted", r.granted()));
        rows.add(new Row("results.partiallyGranted", r.partiallyGranted()));
        var d = r.denied();
        rows.add(new Row("results.denied.stateSecret", d.stateSecret()));
        rows.add(new Row("results.denied.prohibitedByLaw", d.prohibitedByLaw()));
        rows.add(new Row("results.denied.endangersSecurity", d.endangersSecurity()));
        rows.add(new Row("results.denied.thirdPartyRights", d.thirdPartyRights()));
        rows.add(new Row("results.denied.internalAffairs", d.internalAffairs()));
        rows.add(new Row("results.denied.processInformation", d.processInformation()));
        rows.add(new Row("results.denied.lawEnforcementFile", d.lawEnforcementFile()));
        rows.add(new Row("results.denied.administrativeQuery", d.administrativeQuery()));
        var u = r.unableToProvide();
        rows.add(new Row("results.unableToProvide.notHeld", u.notHeld()));
        rows.add(new Row("results.unableToProvide.needsCreation", u.needsCreation()));
        rows.add(new Row("results.unableToProvide.stillUnclear", u.stillUnclear()));
        var n = r.notProcessed();
        rows.add(new Row("results.notProcessed.petition", n.petition()));
        rows.add(new Row("results.notProcessed.repeated", n.repeated()));
        rows.add(new Row("results.notProcessed.publication", n.publication()));
        rows.add(new Row("results.notProcessed.excessive", n.excessive()));
        rows.add(new Row("results.notProcessed.confirmation", n.confirmation()));
        if (r.otherHandlingDetail() == null) {
            rows.add(new Row("results.otherHandling", r.otherHandling()));
        } else {
            var o = r.otherHandlingDetail();
            rows.add(new Row("results.otherHandlingDetail.overdueCorrection", o.overdueCorrection()));
            rows.add(new Row("results.otherHandlingDetail.unpaidFee", o.unpaidFee()));
            rows.add(new Row("results.otherHandlingDetail.other", o.other()));
        }
        rows.add(new Row("results.total", r.total()));
        rows.add(new Row("carriedForward", t.carriedForward()));
        return rows;
    }

    /** The rows whose sum is （七）总计: every result row, （六） counted once. */
    static List<Cols> resultRows(RequestsTable t) {
        return printed(t).stream()
                .filter(r -> r.path().startsWith("results.") && !r.path().equals("results.total"))
                .map(Row::cols).toList();
    }
}
