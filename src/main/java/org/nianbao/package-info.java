/**
 * The service's entry point and wiring: {@link org.nianbao.App} (the commands of {@code nianbao.jar}),
 * {@link org.nianbao.AppConfiguration} (builds the plain Java objects and binds them for the routes) and
 * {@link org.nianbao.Settings} (the settings they are built from). Only this wiring uses Camel.
 */
package org.nianbao;
