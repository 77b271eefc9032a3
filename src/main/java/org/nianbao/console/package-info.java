/**
 * The office's web console as plain Java: users and sessions, the page renderers (overview, report,
 * failed documents, upload), corrections with their audit trail, and one request handler that the HTTP
 * route of the wiring calls. Nothing here knows Camel; every page is a string of escaped HTML.
 */
package org.nianbao.console;
