package com.caresupport.gateway.cli;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Quarkus;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Makes SIGTERM and SIGINT stop the server the way {@code Quarkus.asyncExit} does, before the JVM's exit begins.
 * Left to the JVM, a signal starts its exit hooks side by side: Quarkus's stop, which finishes the requests, sends
 * and webhook events in hand, and the embedded H2 database's own hook, which closes its file at once, under that
 * work. H2 refuses {@code DB_CLOSE_ON_EXIT=FALSE} beside the {@code AUTO_SERVER} that lets CLI verbs share the file.
 * Stopped this way, Quarkus closes the pool, and with it the file, after the work in hand; the JVM then exits as
 * before, with status 128 + the signal's number. A second signal during the stop is the JVM's again: it exits at
 * once, as a second Ctrl+C is expected to. The packaged server only: in dev mode an exit request ends the app but not
 * its JVM, which then waits for a restart, so a SIGTERM (an IDE's stop button) would no longer end dev mode.
 */
final class OrderlyStop implements SignalHandler {

    private volatile SignalHandler previous;

    /**
     * Installs the handler for the server's lifetime; a CLI verb keeps the JVM's own. A signal the JVM keeps to
     * itself (under {@code -Xrs}) stays its own, with a warning: that refusal used to fail the start.
     */
    static void onSignals() {
        for (String name : new String[] {"TERM", "INT"}) {
            OrderlyStop handler = new OrderlyStop();
            try {
                handler.previous = Signal.handle(new Signal(name), handler);
            } catch (IllegalArgumentException e) {
                Log.warnf("SIG%s stays the JVM's (%s): on it the gateway stops without finishing the work in hand",
                        name, e.getMessage());
            }
        }
    }

    @Override
    public void handle(Signal signal) {
        SignalHandler jvm = previous;
        if (jvm != null) {
            Signal.handle(signal, jvm);
        }
        Quarkus.asyncExit(128 + signal.getNumber());
    }

    private OrderlyStop() {
    }
}
