package se.hemtjanst.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import se.hemtjanst.client.domain.ClientEnded;
import se.hemtjanst.order.domain.FrameOrder;
import se.hemtjanst.order.domain.OrderStatus;
import se.hemtjanst.order.domain.Orders;

/**
 * When a client is ended, every order of the client that is not yet ended ends on the same day, which disconnects
 * the provider. Runs inside the ending transaction (a synchronous observer), so both happen or neither.
 */
@ApplicationScoped
public class OrderEnding {

    @Inject
    Orders orders;

    @Inject
    Clock clock;

    void onClientEnded(@Observes ClientEnded event) {
        for (FrameOrder order : orders.ofClient(event.clientId())) {
            if (order.status() != OrderStatus.ENDED) {
                order.end(event.endDate(), "Brukaren avslutad: " + event.reason(), event.endedBy(), clock.instant());
            }
        }
    }
}
