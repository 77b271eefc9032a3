/**
 * Commands that work on files directly, without the service: {@code convert FILE|DIR... [--out DIR]
 * [--threads N] [--resume]}, {@code export}, {@code summarize} and {@code bench}.
 */
package org.nianbao.cli;
