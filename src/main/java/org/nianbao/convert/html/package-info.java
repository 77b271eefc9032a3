/** HTML reports (saved government pages, mail bodies): decoding, body location, tables, page metadata. */
package org.nianbao.convert.html;
