package org.nianbao.mail;

import org.nianbao.convert.FailureCode;

/** Why a document could not be read, said for the clerk who sent it, with what to do about it. */
public final class FailureWording {

    private FailureWording() {
    }

    public static String of(FailureCode code) {
        return switch (code) {
            case EMPTY_FILE -> "文件是空的，请重新添加附件后发送";
            case UNSUPPORTED_FORMAT -> "文件格式不受支持，请以 PDF、Word（DOCX 或 DOC）或网页（HTML）格式发送";
            case NOT_A_PDF -> "文件名为 .pdf，但内容不是可以打开的 PDF 文件，请重新导出后发送";
            case CORRUPT_PDF -> "PDF 文件已损坏，无法打开，请重新导出后发送";
            case CORRUPT_DOCX -> "Word（DOCX）文件已损坏，无法打开，请重新保存后发送";
            case CORRUPT_DOC -> "Word（DOC）文件已损坏，无法打开，请重新保存后发送";
            case CORRUPT_HTML -> "网页文件无法读取，请改用 PDF 或 Word 格式发送";
            case ENCRYPTED_PASSWORD_REQUIRED -> "文件设置了打开密码，请取消密码后重新发送";
            case ZIP_BOMB -> "文件内部结构异常（解压后体积过大），系统拒绝处理，请重新保存后发送";
            case DTD_NOT_ALLOWED -> "文件含有系统不接受的文档类型声明（DTD），请重新保存后发送";
            case NESTING_TOO_DEEP -> "文件内部结构嵌套过深，请重新保存后发送";
            case TOO_LARGE -> "文件过大，超过系统上限，请压缩图片或拆分后发送";
            case TOO_MANY_PAGES -> "文件页数过多，超过系统上限";
            case TIMEOUT -> "文件处理超时，请重新保存（例如另存为 PDF）后发送";
            case NO_PAGES -> "PDF 文件没有页面";
            case NO_CONTENT -> "文件中没有可读取的文字（如为扫描件，请提供带文字的版本）";
            case NOT_A_REPORT -> "不是政府信息公开工作年度报告";
            case INTERNAL_ERROR -> "系统处理时出错，工作人员会人工处理，无需重新发送";
        };
    }
}
