package se.hemtjanst.order.domain;

import java.util.List;
import java.util.Optional;
import se.hemtjanst.organization.domain.Provider;

/** Repository of frame orders. */
public interface Orders {

    Optional<FrameOrder> find(long id);

    FrameOrder add(FrameOrder order);

    Optional<Provider> provider(long providerId);

    /** The providers a client can choose between (valfrihet), by name. */
    List<Provider> providers();

    /** Orders of the clients of a district, newest first, optionally of one status. */
    List<FrameOrder> ofDistrict(long districtId, OrderStatus status, int max);

    /** Orders of a provider in force (sent or acknowledged; never drafts or ended), newest first. */
    List<FrameOrder> ofProvider(long providerId, OrderStatus status, int max);

    /** Every order of one client, newest first (a client has few). */
    List<FrameOrder> ofClient(long clientId);

    List<FrameOrder> all(OrderStatus status, int max);
}
