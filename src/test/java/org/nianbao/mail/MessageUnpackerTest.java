package org.nianbao.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.convert.FormatDetector;
import org.nianbao.golden.Manifest;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.Json;
import org.nianbao.model.MailOrigin;

/** What the unpacker finds in the corpus messages and in hand-made messages with the usual oddities. */
class MessageUnpackerTest {

    static final Path EML = Path.of("src/test/resources/fixtures/eml");
    private static final MessageUnpacker UNPACKER = new MessageUnpacker(new FormatDetector());
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    static Stream<Manifest> reportMails() {
        return Manifest.rows().stream().filter(r -> r.format().equals("eml") && !r.truthFiles().isEmpty());
    }

    /** The truth file a MANIFEST {@code truth_file} entry names ({@code truth/mail-01.eml.1.json}). */
    static Path truthFile(String entry) {
        return EML.resolve("groundtruth").resolve(Path.of(entry).getFileName());
    }

    static MimeMessage parse(byte[] raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
    }

    static MimeMessage parse(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reportMails")
    void findsExactlyTheReportsTheTruthNamesWithTheirProvenance(Manifest row) throws Exception {
        MimeMessage message = parse(row.path());
        List<MailCandidate> candidates = UNPACKER.unpack(message).candidates();
        List<JsonNode> truths = new ArrayList<>();
        for (String entry : row.truthFiles()) {
            truths.add(Json.mapper().readTree(truthFile(entry).toFile()));
        }
        assertEquals(truths.size(), candidates.size(), row.file() + ": candidates " + candidates.stream().map(MailCandidate::label).toList());
        for (int i = 0; i < truths.size(); i++) {
            JsonNode source = truths.get(i).path("source");
            MailCandidate candidate = candidates.get(i);
            assertEquals(source.path("sha256").asText(), SourceDocument.sha256Hex(candidate.bytes()), row.file() + " #" + (i + 1));
            assertEquals(source.path("fileName").isNull() ? null : source.path("fileName").asText(), candidate.fileName());
            assertEquals(source.path("fileName").isNull(), candidate.body());
            MailOrigin expected = Json.mapper().treeToValue(source.path("mail"), MailOrigin.class);
            assertEquals(expected, MessageEnvelope.of(message).origin());
        }
    }

    @Test
    void aNoticeWithAFormAttachedOffersOnlyTheFormAndNoBody() throws Exception {
        UnpackedMessage unpacked = UNPACKER.unpack(parse(EML.resolve("sources/mail-06.eml")));
        assertEquals(List.of("参会回执.docx"), unpacked.candidates().stream().map(MailCandidate::fileName).toList());
        assertEquals(1, unpacked.bodies().size(), "the notice text is the body, not a candidate while something is attached");
    }

    @Test
    void theInlineSignatureImageIsIgnored() throws Exception {
        UnpackedMessage unpacked = UNPACKER.unpack(parse(EML.resolve("sources/mail-02.eml")));
        assertEquals(List.of("image001.png"), unpacked.ignored());
        assertEquals(List.of(), unpacked.unreadable());
    }

    @Test
    void decodesEveryFormOfAttachmentName() throws Exception {
        String gbkName = "国务院令（朱镕基）·年报.pdf";
        String rfc2231 = percent(gbkName, Charset.forName("GBK"));
        String split = "filename*0*=gbk''" + rfc2231.substring(0, 30) + ";\r\n filename*1*=" + rfc2231.substring(30);
        String word = "=?gb2312?b?" + Base64.getEncoder().encodeToString(gbkName.getBytes(Charset.forName("GBK"))) + "?=";
        String rawUtf8 = new String(gbkName.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        for (String disposition : List.of("filename*=gbk''" + rfc2231, split, "filename=\"" + word + "\"", "filename=\"" + rawUtf8 + "\"")) {
            MimeMessage message = parse(mixed("Content-Type: application/octet-stream\r\nContent-Disposition: attachment;\r\n "
                    + disposition + "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + Base64.getMimeEncoder().encodeToString(PDF)));
            List<MailCandidate> found = UNPACKER.unpack(message).candidates();
            assertEquals(List.of(gbkName), found.stream().map(MailCandidate::fileName).toList(), disposition);
            assertEquals("application/octet-stream", found.get(0).mediaType());
        }
    }

    @Test
    void aForwardInsideAForwardIsOpenedAndPlainTextBodiesBecomeUtf8Text() throws Exception {
        String inner = "From: a@example.gov.cn\r\nSubject: inner\r\nContent-Type: text/plain; charset=gbk\r\n\r\n";
        byte[] innerBody = "一、总体情况\r\n收到申请17件".getBytes(Charset.forName("GBK"));
        String middle = "From: b@example.gov.cn\r\nSubject: middle\r\nContent-Type: message/rfc822\r\n\r\n";
        byte[] raw = concat(("From: c@example.gov.cn\r\nSubject: outer\r\nContent-Type: message/rfc822\r\n\r\n" + middle + inner)
                .getBytes(StandardCharsets.US_ASCII), innerBody);
        UnpackedMessage unpacked = UNPACKER.unpack(parse(raw));
        assertEquals(1, unpacked.candidates().size());
        MailCandidate body = unpacked.candidates().get(0);
        assertTrue(body.body());
        assertEquals("text/plain", body.mediaType());
        assertEquals("一、总体情况\r\n收到申请17件", new String(body.bytes(), StandardCharsets.UTF_8));
        assertEquals(java.util.Optional.of(org.nianbao.convert.DocumentFormat.TXT), new FormatDetector().fromBytes(body.bytes()));
    }

    @Test
    void aMessageNestedWithoutEndStopsAtTheDepthLimit() throws Exception {
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < MessageUnpacker.MAX_DEPTH + 10; i++) {
            raw.append("Subject: level ").append(i).append("\r\nContent-Type: message/rfc822\r\n\r\n");
        }
        raw.append("Content-Type: text/html\r\n\r\n<html><body><p>deep</p></body></html>");
        UnpackedMessage unpacked = UNPACKER.unpack(parse(raw.toString().getBytes(StandardCharsets.US_ASCII)));
        assertEquals(List.of(), unpacked.candidates());
        assertFalse(unpacked.unreadable().isEmpty());
    }

    @Test
    void aBrokenPartIsListedAndTheOthersAreStillFound() throws Exception {
        String broken = "Content-Type: application/pdf; name=a.pdf\r\nContent-Transfer-Encoding: x-unknown\r\n\r\nxx";
        String good = "Content-Type: application/pdf; name=b.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(PDF);
        UnpackedMessage unpacked = UNPACKER.unpack(parse(mixed(broken, good)));
        assertEquals(List.of("b.pdf"), unpacked.candidates().stream().map(MailCandidate::fileName).toList());
        assertEquals(1, unpacked.unreadable().size(), unpacked.unreadable().toString());
        assertTrue(unpacked.unreadable().get(0).contains("a.pdf"), unpacked.unreadable().toString());
    }

    private static byte[] mixed(String... parts) {
        StringBuilder raw = new StringBuilder("From: x@example.gov.cn\r\nSubject: test\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n--b0\r\nContent-Type: text/plain\r\n\r\n请查收。\r\n");
        for (String part : parts) {
            raw.append("--b0\r\n").append(part).append("\r\n");
        }
        return raw.append("--b0--\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String percent(String text, Charset charset) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(charset)) {
            out.append('%').append(String.format("%02X", b & 0xFF));
        }
        return out.toString();
    }

    private static byte[] concat(byte[] a, byte[] b) throws IOException {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
