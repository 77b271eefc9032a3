package org.nianbao.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import java.util.Optional;

/**
 * The headers of one MIME part that decide what it is: media type, disposition, file name and charset.
 *
 * @param type the media type in lower case without parameters ({@code text/plain} when none is given)
 * @param disposition {@code attachment}, {@code inline} or empty
 */
record PartHeaders(String type, String disposition, Optional<String> fileName, Optional<String> charset) {

    static PartHeaders of(Part part) throws MessagingException {
        HeaderParameters contentType = HeaderParameters.parse(MessageEnvelope.header(part, "Content-Type").orElse(null));
        HeaderParameters disposition = HeaderParameters.parse(MessageEnvelope.header(part, "Content-Disposition").orElse(null));
        String type = contentType.token().isEmpty() ? "text/plain" : contentType.token();
        Optional<String> name = disposition.get("filename").or(() -> contentType.get("name"));
        return new PartHeaders(type, disposition.token(), name, contentType.get("charset"));
    }

    /** How a log line or a receipt names this part. */
    String describe() {
        return fileName.map(n -> "附件“" + n + "”").orElse("一个 " + type + " 部分");
    }
}
