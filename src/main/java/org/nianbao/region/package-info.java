/**
 * GB/T 2260 administrative divisions and the mapping from a reporting agency's name to the division it
 * belongs to.
 *
 * <p>{@link org.nianbao.region.RegionCatalog} holds the province, prefecture, county and township
 * divisions shipped in {@code /regions/divisions.tsv.gz} (see {@code regions/SOURCE.md} for where they
 * come from). {@link org.nianbao.region.RegionResolver} finds division names inside an agency name such
 * as 临沂市兰山区教育和体育局 and settles names that exist in several places (河东区) from the words around
 * the report: its site name, publisher and text.
 */
package org.nianbao.region;
