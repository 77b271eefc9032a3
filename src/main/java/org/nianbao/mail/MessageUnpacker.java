package org.nianbao.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.nianbao.convert.FormatDetector;

/**
 * Finds the documents in a message that may be reports, walking multiparts and forwarded messages
 * ({@code message/rfc822}) recursively. An attachment counts when its bytes (or, failing that, its name)
 * say PDF, DOCX, DOC or HTML, whatever media type the sender declared; images, signatures and other
 * files are ignored. Of a {@code multipart/alternative} only the richest version is read (HTML before
 * plain text), so one body is not tried twice. A plain-text body is handed on as UTF-8 text, which is read
 * as a plain-text report (its tables as flattened lines).
 */
public final class MessageUnpacker {

    /** Deeper nesting than real clients produce; a hostile message cannot recurse the service to death. */
    static final int MAX_DEPTH = 24;
    /** More parts than any real report mail has; the rest of a hostile message is not read. */
    static final int MAX_PARTS = 1000;

    private final FormatDetector detector;
    private final Session session = Session.getInstance(new Properties());

    public MessageUnpacker(FormatDetector detector) {
        this.detector = detector;
    }

    /** The message's candidate documents; parts that cannot be decoded are listed, never fatal. */
    public UnpackedMessage unpack(MimeMessage message) {
        Walk walk = new Walk();
        visit(message, 0, walk);
        return new UnpackedMessage(List.copyOf(walk.attachments), List.copyOf(walk.bodies), List.copyOf(walk.ignored),
                List.copyOf(walk.unreadable));
    }

    /** The state of one walk over a message. */
    private static final class Walk {
        final List<MailCandidate> attachments = new ArrayList<>();
        final List<MailCandidate> bodies = new ArrayList<>();
        final List<String> ignored = new ArrayList<>();
        final List<String> unreadable = new ArrayList<>();
        int parts;
    }

    private void visit(Part part, int depth, Walk walk) {
        if (depth > MAX_DEPTH || ++walk.parts > MAX_PARTS) {
            walk.unreadable.add("parts nested deeper than " + MAX_DEPTH + " levels or more than " + MAX_PARTS + " parts were not read");
            return;
        }
        PartHeaders headers;
        try {
            headers = PartHeaders.of(part);
        } catch (MessagingException e) {
            walk.unreadable.add("a part with unreadable headers: " + e.getMessage());
            return;
        }
        try {
            if (headers.type().startsWith("multipart/")) {
                visitMultipart(part, headers, depth, walk);
            } else if (headers.type().equals("message/rfc822")) {
                try (InputStream in = part.getInputStream()) {
                    visit(new MimeMessage(session, in), depth + 1, walk);
                }
            } else {
                visitLeaf(part, headers, walk);
            }
        } catch (IOException | MessagingException e) {
            walk.unreadable.add(headers.describe() + ": " + e.getMessage());
        }
    }

    private void visitMultipart(Part part, PartHeaders headers, int depth, Walk walk) throws IOException, MessagingException {
        if (!(part.getContent() instanceof Multipart multipart)) {
            walk.unreadable.add(headers.describe() + ": not a readable multipart");
            return;
        }
        if (headers.type().equals("multipart/alternative")) {
            Optional<BodyPart> richest = richestAlternative(multipart);
            if (richest.isPresent()) {
                visit(richest.get(), depth + 1, walk);
            }
            return;
        }
        for (int i = 0; i < multipart.getCount(); i++) {
            visit(multipart.getBodyPart(i), depth + 1, walk);
        }
    }

    /** HTML (or a multipart holding it) before plain text; among equals the last, as RFC 2046 orders them. */
    private static Optional<BodyPart> richestAlternative(Multipart alternatives) throws MessagingException {
        BodyPart best = null;
        int bestRank = -1;
        for (int i = 0; i < alternatives.getCount(); i++) {
            BodyPart candidate = alternatives.getBodyPart(i);
            String type = PartHeaders.of(candidate).type();
            int rank = type.equals("text/html") || type.startsWith("multipart/") ? 2 : type.equals("text/plain") ? 1 : 0;
            if (rank >= bestRank) {
                best = candidate;
                bestRank = rank;
            }
        }
        return Optional.ofNullable(best);
    }

    private void visitLeaf(Part part, PartHeaders headers, Walk walk) throws IOException, MessagingException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readAllBytes();
        }
        Optional<String> name = headers.fileName();
        boolean body = name.isEmpty() && !headers.disposition().equals("attachment");
        if (body && headers.type().equals("text/html")) {
            addBody(walk, bytes, "text/html");
        } else if (body && headers.type().equals("text/plain")) {
            String text = MimeCharset.decode(bytes, headers.charset().orElse(null));
            if (!text.isBlank()) {
                addBody(walk, text.getBytes(StandardCharsets.UTF_8), "text/plain");
            }
        } else if (detector.fromBytes(bytes).isPresent() || detector.fromName(name.orElse(null)).isPresent()) {
            walk.attachments.add(new MailCandidate(bytes, name.orElse(null), headers.type(), false));
        } else {
            walk.ignored.add(name.orElse(headers.type()));
        }
    }

    private static void addBody(Walk walk, byte[] bytes, String mediaType) {
        if (bytes.length > 0) {
            walk.bodies.add(new MailCandidate(bytes, null, mediaType, true));
        }
    }
}
