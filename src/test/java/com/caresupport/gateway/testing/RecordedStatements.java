package com.caresupport.gateway.testing;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * The SQL Hibernate sends while a test records: for tests about the shape of a statement (which decides how much
 * of a table the database reads or locks), where the outcome alone looks the same. Idle outside a recording; at
 * most one test records at a time.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class RecordedStatements implements StatementInspector {

    private static final List<String> RECORDED = new CopyOnWriteArrayList<>();
    /** The thread whose statements are recorded; null for every thread's, or nothing while {@link #recording} is off. */
    private static volatile Thread only;
    private static volatile boolean recording;

    @Override
    public String inspect(String sql) {
        if (recording && (only == null || only == Thread.currentThread())) {
            RECORDED.add(sql);
        }
        return sql;
    }

    /**
     * Runs {@code work} and returns what it returned with the statements this thread sent meanwhile, lower-cased.
     * Other threads (the gateway's writers, processors and retry jobs) keep running, and are left out.
     */
    public static <T> Recording<T> during(Supplier<T> work) {
        return record(Thread.currentThread(), work);
    }

    /** {@link #during}, with every thread's statements: for work done on the gateway's threads (a request). */
    public static <T> Recording<T> duringOnAnyThread(Supplier<T> work) {
        return record(null, work);
    }

    private static synchronized <T> Recording<T> record(Thread thread, Supplier<T> work) {
        RECORDED.clear();
        only = thread;
        recording = true;
        T result;
        try {
            result = work.get();
        } finally {
            recording = false;
        }
        return new Recording<>(result, RECORDED.stream().map(sql -> sql.toLowerCase(Locale.ROOT)).toList());
    }

    public record Recording<T>(T result, List<String> statements) {

        /** The statements that lock rows: {@code for update}, or on PostgreSQL {@code for no key update}. */
        public List<String> locking() {
            return statements.stream().filter(sql -> sql.contains(" for update") || sql.contains(" for no key update"))
                    .toList();
        }
    }
}
