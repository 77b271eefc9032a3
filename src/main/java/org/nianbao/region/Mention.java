package org.nianbao.region;

import java.util.List;

/**
 * A division name found in a text: where it starts and ends, and every division that bears it
 * (河东区 gives two, one in 天津市 and one in 临沂市).
 */
record Mention(int start, int end, List<Division> candidates) {
}
