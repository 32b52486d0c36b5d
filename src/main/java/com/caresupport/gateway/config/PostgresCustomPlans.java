package com.caresupport.gateway.config;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Makes PostgreSQL plan each statement for the tables as they are now, on a server whose autovacuum is off. The
 * JDBC driver prepares a statement on the server after a few executions, and the server may then keep one generic
 * plan for it. The gateway starts on empty tables, so those plans were sequential scans, kept until the table's
 * statistics next changed: where autovacuum is off nothing changed them, and the webhook writer's lookups of known
 * ids read the whole of a growing table twice per batch (the ~36 ms each 16-connection batch took). Where
 * autovacuum is on, its first analyze of a table (after some 50 rows) replaces those plans, so they follow the data
 * and the server's plan cache is kept: forcing a custom plan costs about 0.07 ms of planning per statement, a
 * millisecond or so per send. Decided on every new pooled connection; H2 is left alone.
 */
@ApplicationScoped
public class PostgresCustomPlans implements AgroalPoolInterceptor {

    static final String SETTING = "SET plan_cache_mode = force_custom_plan";

    private final AtomicBoolean warned = new AtomicBoolean();

    @Override
    public void onConnectionCreate(Connection connection) {
        try {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                if (autovacuumOn(statement)) {
                    return;
                }
                if (warned.compareAndSet(false, true)) {
                    Log.warn("PostgreSQL's autovacuum is off, so no table's statistics follow its growth: the gateway"
                            + " has each statement planned anew (plan_cache_mode = force_custom_plan), and its batch"
                            + " reads still scan whole tables. Turn autovacuum on (README, \"Query plans and autovacuum\")");
                }
                statement.execute(SETTING);
            }
        } catch (SQLException e) {
            // PostgreSQL before 12 has no such setting: the gateway still works, with the server's own plans.
            Log.warnf("PostgreSQL did not take \"%s\" or say whether autovacuum runs (%s); statements keep the"
                    + " server's cached plans, which follow the data only as autovacuum analyzes the tables", SETTING,
                    e.getMessage());
        }
    }

    private static boolean autovacuumOn(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("select current_setting('autovacuum')::boolean")) {
            return row.next() && row.getBoolean(1);
        }
    }
}
