package org.nianbao;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.CamelContext;
import org.apache.camel.Service;
import org.apache.camel.StartupListener;
import org.apache.camel.component.platform.http.main.DefaultMainHttpServerFactory;
import org.apache.camel.main.HttpServerConfigurationProperties;

/**
 * Starts the console's HTTP server (camel-main's embedded Vert.x server) and then the console route once
 * every other route has started, so the inbox is already being read while the server comes up: the first
 * report does not wait for it. Runs on the thread that starts the context, before that start returns, so
 * the console answers as soon as the service counts as started.
 */
final class ConsoleServerStart implements StartupListener {

    /** The console route ({@code routes/console.camel.yaml}), which does not start with the others. */
    static final String ROUTE = "console";

    private final String host;
    private final int port;
    private final long maxBodySize;
    private final AtomicBoolean started = new AtomicBoolean();

    ConsoleServerStart(String host, int port, long maxBodySize) {
        this.host = host;
        this.port = port;
        this.maxBodySize = maxBodySize;
    }

    @Override
    public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
        // Routes are started only once this is called for every listener; the work is done when fully started.
    }

    @Override
    public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) throws Exception {
        if (started.getAndSet(true)) {
            return;
        }
        ensureFree(host, port);
        HttpServerConfigurationProperties properties = new HttpServerConfigurationProperties(null);
        properties.setEnabled(true);
        properties.setHost(host);
        properties.setPort(port);
        properties.setMaxBodySize(maxBodySize);
        Service server = new DefaultMainHttpServerFactory().newHttpServer(context, properties);
        context.addService(server, true, true);
        context.getRouteController().startRoute(ROUTE);
    }

    /**
     * Fails the start, with the reason, when the console's address cannot be taken (another program
     * listens there): Vert.x would only log it, and the service would run on without its console.
     */
    static void ensureFree(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new IllegalStateException("the console cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "): set nianbao.console.port to a free port, or nianbao.console.enabled=false", e);
        }
    }
}
