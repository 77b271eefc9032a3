package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RouteConfigurationDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file in routes/ loads, is named after its id, and starts. */
class RoutesLoadTest {

    private static final Path ROUTES = Path.of("routes");

    @TempDir
    Path base;

    @Test
    void everyRouteFileLoadsAndStarts() throws Exception {
        Set<String> stems;
        try (Stream<Path> files = Files.list(ROUTES)) {
            stems = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".camel.yaml"))
                    .map(n -> n.substring(0, n.length() - ".camel.yaml".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertFalse(stems.isEmpty(), "routes/ holds route files");
        try (RunningService service = RunningService.start(base, new AppConfiguration(settings -> FixedReportExtractor.linyi2020(settings.limits()), Clock.systemUTC()))) {
            ModelCamelContext model = (ModelCamelContext) service.context();
            Set<String> loaded = new TreeSet<>();
            for (Route route : service.context().getRoutes()) {
                loaded.add(route.getRouteId());
                assertEquals(ServiceStatus.Started, service.context().getRouteController().getRouteStatus(route.getRouteId()),
                        route.getRouteId());
            }
            List<RouteConfigurationDefinition> configurations = model.getRouteConfigurationDefinitions();
            configurations.forEach(c -> loaded.add(c.getId()));
            assertEquals(stems, loaded, "each routes/*.camel.yaml defines exactly the route or configuration named after it");
            assertTrue(loaded.contains("ingest-inbox"));
        }
    }
}
