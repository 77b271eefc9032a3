package org.nianbao.model;

/** Table 三 (收到和处理政府信息公开申请情况): every row has the seven {@link Cols}. */
public record RequestsTable(Cols newReceived, Cols carriedOver, Results results, Cols carriedForward) {

    /** 三、本年度办理结果. */
    public record Results(
            Cols granted,
            Cols partiallyGranted,
            Denied denied,
            UnableToProvide unableToProvide,
            NotProcessed notProcessed,
            Cols otherHandling,
            OtherHandlingDetail otherHandlingDetail,
            Cols total) {
    }

    /** （三）不予公开, rows 1–8. */
    public record Denied(
            Cols stateSecret,
            Cols prohibitedByLaw,
            Cols endangersSecurity,
            Cols thirdPartyRights,
            Cols internalAffairs,
            Cols processInformation,
            Cols lawEnforcementFile,
            Cols administrativeQuery) {
    }

    /** （四）无法提供, rows 1–3. */
    public record UnableToProvide(Cols notHeld, Cols needsCreation, Cols stillUnclear) {
    }

    /** （五）不予处理, rows 1–5. */
    public record NotProcessed(Cols petition, Cols repeated, Cols publication, Cols excessive, Cols confirmation) {
    }

    /** （六）其他处理 sub-rows 1–3 of the 2021 template; null for 2019. */
    public record OtherHandlingDetail(Cols overdueCorrection, Cols unpaidFee, Cols other) {
    }
}
