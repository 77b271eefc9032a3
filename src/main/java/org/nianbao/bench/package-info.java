/** The conversion benchmark: the service's converters against the bare libraries on the same files, in one run. */
package org.nianbao.bench;
