package com.caresupport.gateway.testing;

import com.caresupport.gateway.webhook.events.LinqEvent;
import com.caresupport.gateway.webhook.events.PollVoteEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Application code observing the typed Linq events: all of them, and one record type on its own. */
@Singleton
public class LinqEventRecorder {

    public final List<LinqEvent> events = new CopyOnWriteArrayList<>();
    public final List<PollVoteEvent> votes = new CopyOnWriteArrayList<>();

    void onEvent(@Observes LinqEvent event) {
        events.add(event);
    }

    void onVote(@Observes PollVoteEvent vote) {
        votes.add(vote);
    }

    /** The events fired for Linq's event id {@code eventId}. */
    public List<LinqEvent> withEventId(String eventId) {
        return events.stream().filter(e -> eventId.equals(e.envelope().eventId())).toList();
    }
}
