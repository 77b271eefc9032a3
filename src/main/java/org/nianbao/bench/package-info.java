/**
 * The benchmarks: the service's converters against the bare libraries on the same files, in one run; and
 * the whole service in JVMs of its own, against {@code convert} on the same documents and under
 * {@code kill -9}s, compared with what it was given.
 */
package org.nianbao.bench;
