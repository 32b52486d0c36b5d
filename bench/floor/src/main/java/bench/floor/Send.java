package bench.floor;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The whole floor app: a send that is stored (one commit; on H2 written to the file before it returns, as the
 * gateway's are) and then passed to Linq, and nothing else: no validation, no idempotency, no opt-out check, no
 * status history, no outbox, no answer recorded, no security, no metrics or tracing.
 */
@Path("/chats/{chatId}/messages")
public class Send {

    private final AgroalDataSource database;
    private final Linq linq;

    Send(AgroalDataSource database, @RestClient Linq linq) {
        this.database = database;
        this.linq = linq;
    }

    void schema(@Observes StartupEvent start) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
                statement.execute("SET WRITE_DELAY 0");
            }
            statement.execute("create table if not exists floor_send (id varchar(36) primary key, chat_id varchar(64),"
                    + " body varchar(4000))");
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String send(@PathParam("chatId") String chatId, String body) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into floor_send values (?, ?, ?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, chatId);
            insert.setString(3, body);
            insert.executeUpdate();
        }
        return linq.send(chatId, body);
    }
}
