package bench.floor;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The stub Linq's send, through the same declarative REST client the gateway uses. */
@RegisterRestClient(configKey = "linq")
@Path("/v3/chats/{chatId}/messages")
public interface Linq {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    String send(@PathParam("chatId") String chatId, String body);
}
