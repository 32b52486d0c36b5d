package com.caresupport.gateway.config;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes an embedded H2 database keep every commit before the gateway answers. H2 writes committed
 * transactions to its file up to {@code WRITE_DELAY} (500 ms by default) later, so a crash in that window
 * lost messages the gateway had already acknowledged with a 2xx. With a delay of 0, H2 writes each commit to
 * its file before the commit returns, which a killed process cannot undo. Set on every new pooled connection,
 * whatever the configured URL asks for; H2 also keeps the setting in the database file. PostgreSQL is
 * durable at commit already and is left alone.
 */
@ApplicationScoped
public class H2DurableCommits implements AgroalPoolInterceptor {

    static final String REFUSED = "The H2 database refused SET WRITE_DELAY 0, without which a crash loses"
            + " acknowledged messages: connect as its administrator (QUARKUS_DATASOURCE_USERNAME), or use PostgreSQL.";

    @Override
    public void onConnectionCreate(Connection connection) {
        try {
            var database = connection.getMetaData();
            if (!"H2".equals(database.getDatabaseProductName()) || database.getURL().contains(":mem:")) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET WRITE_DELAY 0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(REFUSED, e);
        }
    }
}
