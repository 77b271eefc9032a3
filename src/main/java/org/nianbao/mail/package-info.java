/**
 * Reports that arrive by e-mail: a fetched message is unpacked into its candidate documents (attachments,
 * forwarded messages, or the body itself), each goes through the same pipeline, archive and failed folder
 * as a file dropped into the inbox, and the sender can get a receipt naming what was recognised and which
 * checks failed. Plain Jakarta Mail and Java; the mail routes only call {@link org.nianbao.mail.MailIngest}
 * and {@link org.nianbao.mail.ReceiptLetter}.
 */
package org.nianbao.mail;
