package org.nianbao;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns SIGTERM and SIGINT into a clean stop. By default the JVM answers them by running its shutdown
 * hooks and exiting with status 143 (130 for Ctrl-C), which init systems and container runtimes read as a
 * failure. Here the signal only asks the service to stop; once it has, {@code main} exits with 0.
 *
 * <p>The JDK's {@code sun.misc.Signal} (module {@code jdk.unsupported}) is reached by reflection so that
 * compiling against it prints no internal-API warning. Where it is missing, the JVM's default stays.
 */
final class StopSignals {

    private static final Logger LOG = LoggerFactory.getLogger(StopSignals.class);
    private static final String[] SIGNALS = {"TERM", "INT"};

    private StopSignals() {
    }

    /** Runs {@code stop} (once per signal received) instead of the JVM's default handling of TERM and INT. */
    static void onStop(Runnable stop) {
        try {
            Class<?> signalClass = Class.forName("sun.misc.Signal");
            Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
            InvocationHandler calls = (proxy, method, args) -> handle(proxy, method, args, stop);
            Object handler = Proxy.newProxyInstance(StopSignals.class.getClassLoader(), new Class<?>[] {handlerClass}, calls);
            Method install = signalClass.getMethod("handle", signalClass, handlerClass);
            for (String name : SIGNALS) {
                install.invoke(null, signalClass.getConstructor(String.class).newInstance(name), handler);
            }
        } catch (ReflectiveOperationException | IllegalArgumentException | SecurityException e) {
            LOG.warn("stop signals keep the JVM's default handling (exit status 143): {}", e.toString());
        }
    }

    private static Object handle(Object proxy, Method method, Object[] args, Runnable stop) {
        return switch (method.getName()) {
            case "handle" -> {
                LOG.info("stopping (signal {})", args[0]);
                stop.run();
                yield null;
            }
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            case "toString" -> "stop signal handler";
            default -> throw new UnsupportedOperationException(method.getName());
        };
    }
}
