package com.caresupport.gateway.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Collections;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * On a PostgreSQL server whose autovacuum is off, a statement the gateway prepared while its table was empty (as
 * every table is at the first start) is planned for the table as it is when it runs: once the table has grown, its
 * lookups use the index. A generic plan kept from the empty table would scan the whole table on every run. Where
 * autovacuum is on, its analyzes replace such plans, and the server's plan cache is left alone. Skipped on H2.
 */
@QuarkusTest
@Tag("persistence")
class PostgresCustomPlansTest {

    private static final int ROWS = 5000;

    @Inject
    DataSource dataSource;

    @Test
    void customPlansAreForcedExactlyWhereAutovacuumIsOff() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            assumeTrue("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()), "PostgreSQL only");
            boolean autovacuum = "on".equals(setting(sql, "autovacuum"));
            assertEquals(autovacuum ? "auto" : "force_custom_plan", setting(sql, "plan_cache_mode"));
        }
    }

    @Test
    void aStatementPreparedOnAnEmptyTableUsesTheIndexOnceTheTableHasGrown() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            assumeTrue("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()), "PostgreSQL only");
            // Where autovacuum is on, its analyzes replace kept plans; a temporary table is never analyzed.
            assumeTrue("off".equals(setting(sql, "autovacuum")), "a server whose autovacuum is off");
            // A temporary table: only this session sees it, and autovacuum never analyzes it.
            sql.execute("create temporary table plan_probe (id varchar(36) primary key, payload varchar(1000))");
            // An IN list of 16 parameters, as the webhook writer's lookups of known ids.
            String types = String.join(", ", Collections.nCopies(16, "varchar"));
            String list = IntStream.rangeClosed(1, 16).mapToObj(i -> "$" + i).collect(Collectors.joining(", "));
            sql.execute("prepare plan_probe_lookup (" + types + ") as select id from plan_probe where id in (" + list + ")");
            try {
                String execute = "execute plan_probe_lookup (" + String.join(", ", Collections.nCopies(16, "'absent'")) + ")";
                // More runs than the server's five custom plans before it considers a generic one.
                for (int i = 0; i < 10; i++) {
                    sql.execute(execute);
                }
                sql.execute("insert into plan_probe select md5(n::text), repeat('x', 500) from generate_series(1, "
                        + ROWS + ") n");

                String plan = plan(sql, "explain " + execute);
                assertTrue(plan.contains("Index"), plan);
                assertFalse(plan.contains("Seq Scan"), plan);
            } finally {
                // The connection goes back to the pool: leave it as it was (not "deallocate all", which would
                // drop the driver's own prepared statements too).
                sql.execute("deallocate plan_probe_lookup");
                sql.execute("drop table plan_probe");
            }
        }
    }

    private static String setting(Statement sql, String name) throws Exception {
        try (ResultSet row = sql.executeQuery("show " + name)) {
            row.next();
            return row.getString(1);
        }
    }

    private static String plan(Statement sql, String explain) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rows = sql.executeQuery(explain)) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
