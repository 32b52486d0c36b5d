package bench.bare;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The whole baseline app: one endpoint, answered once the app is ready. */
@Path("/hello")
public class Hello {

    @GET
    public String hello() {
        return "hello";
    }
}
