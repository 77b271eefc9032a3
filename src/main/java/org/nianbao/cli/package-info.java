/**
 * Commands that work on files directly, without the service: {@code convert FILE... [--out DIR]}.
 */
package org.nianbao.cli;
