package com.caresupport.gateway.config;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes PostgreSQL plan each statement for the tables as they are now. The JDBC driver prepares a statement on
 * the server after a few executions, and the server may then keep one generic plan for it. The gateway starts
 * on empty tables, so those plans were sequential scans, kept until the table's statistics next changed: where
 * autovacuum is off nothing changed them, and the webhook writer's lookups of known ids read the whole of a
 * growing table twice per batch (the ~36 ms each 16-connection batch took). A custom plan costs some planning per
 * statement, and never depends on when the statement was prepared.
 * Set on every new pooled connection; H2 is left alone.
 */
@ApplicationScoped
public class PostgresCustomPlans implements AgroalPoolInterceptor {

    static final String SETTING = "SET plan_cache_mode = force_custom_plan";

    @Override
    public void onConnectionCreate(Connection connection) {
        try {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(SETTING);
            }
        } catch (SQLException e) {
            // PostgreSQL before 12 has no such setting: the gateway still works, with the server's own plans.
            Log.warnf("PostgreSQL refused \"%s\" (%s); statements keep the server's cached plans, which follow"
                    + " the data only as autovacuum analyzes the tables", SETTING, e.getMessage());
        }
    }
}
