package com.caresupport.gateway.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * H2 parses a statement again unless it is among the last few its connection ran (8 by default), and a send alone
 * runs 11 different ones: the gateway's connections ask H2 to keep 64 (application.properties, where the why is).
 */
@QuarkusTest
class H2StatementCacheTest {

    @Inject
    DataSource dataSource;

    @Test
    void theGatewaysH2KeepsSixtyFourParsedStatementsPerConnection() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            assumeTrue("H2".equals(connection.getMetaData().getDatabaseProductName()), "H2 only");
            try (ResultSet setting = sql.executeQuery(
                    "select setting_value from information_schema.settings where setting_name = 'QUERY_CACHE_SIZE'")) {
                setting.next();
                assertEquals("64", setting.getString(1));
            }
        }
    }
}
