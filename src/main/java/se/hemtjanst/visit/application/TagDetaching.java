package se.hemtjanst.visit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import se.hemtjanst.client.domain.ClientEnded;
import se.hemtjanst.visit.domain.Tag;
import se.hemtjanst.visit.domain.TagStatus;
import se.hemtjanst.visit.domain.Tags;

/** Ending a client detaches the client's tags, in the same transaction; they stay in history. */
@ApplicationScoped
public class TagDetaching {

    @Inject
    Tags tags;

    @Inject
    Clock clock;

    void onClientEnded(@Observes ClientEnded event) {
        for (Tag tag : tags.ofClient(event.clientId())) {
            if (tag.isActive()) {
                tag.end(TagStatus.DETACHED, "Brukaren avslutad", event.endedBy(), clock.instant());
            }
        }
    }
}
