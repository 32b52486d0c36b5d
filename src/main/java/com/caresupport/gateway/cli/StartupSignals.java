package com.caresupport.gateway.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Holds a SIGTERM or SIGINT that comes while the gateway starts until the start is over; then the server stops in
 * order ({@link OrderlyStop}) and a CLI verb exits without running. Left to the JVM, such a signal began its exit
 * under the start: the embedded H2 database's exit hook closed the file in the middle of Flyway's migration, which
 * stayed half applied (H2 commits each DDL statement), and every later start failed on it. A second signal is the
 * JVM's again and exits at once, for a start that hangs.
 */
final class StartupSignals implements SignalHandler {

    private static final String[] NAMES = {"TERM", "INT"};
    /** The JVM's handlers, given back at the first signal or when the start is over. */
    private static final Map<String, SignalHandler> JVM = new HashMap<>();
    private static volatile Signal held;

    /** From {@code main}, before Quarkus starts; a signal the JVM will not hand over stays the JVM's. */
    static synchronized void hold() {
        for (String name : NAMES) {
            try {
                JVM.put(name, Signal.handle(new Signal(name), new StartupSignals()));
            } catch (IllegalArgumentException e) {
                // Taken by the JVM (-Xrs) or the platform: the start must not fail over it.
            }
        }
    }

    /** The start is over: gives the signals back to the JVM, and returns the one that came meanwhile, if any. */
    static synchronized Optional<Signal> release() {
        giveBack();
        return Optional.ofNullable(held);
    }

    @Override
    public void handle(Signal signal) {
        synchronized (StartupSignals.class) {
            if (held == null) {
                held = signal;
            }
            giveBack();
        }
    }

    private static void giveBack() {
        JVM.forEach((name, jvm) -> Signal.handle(new Signal(name), jvm));
        JVM.clear();
    }

    private StartupSignals() {
    }
}
