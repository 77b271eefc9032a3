package org.nianbao.extract;

import java.util.List;
import java.util.Optional;
import org.nianbao.model.Region;

/** Resolves the GB/T 2260 division of a reporting agency, using the document's text as context. */
@FunctionalInterface
public interface RegionFinder {

    Optional<Region> find(String agency, List<String> context);
}
