package se.hemtjanst.report.application;

/**
 * What a person's landing page shows. A figure is null when it does not concern the person's role, so the
 * tile is not shown at all.
 */
public record DashboardFigures(long servicesInFrameToday, long servicesOutsideFrameToday, long clientsInReach,
                               Long accounts, String unitName, Long ordersAwaitingAcknowledgement,
                               Long unreadMessages, Long deviationsToHandle, Long excessToHandle) {

    // Bean-style accessors: Faces EL 5 (Jakarta EE 10) does not resolve record components.
    public long getServicesInFrameToday() { return servicesInFrameToday; }
    public long getServicesOutsideFrameToday() { return servicesOutsideFrameToday; }
    public long getClientsInReach() { return clientsInReach; }
    public Long getAccounts() { return accounts; }
    public String getUnitName() { return unitName; }
    public Long getOrdersAwaitingAcknowledgement() { return ordersAwaitingAcknowledgement; }
    public Long getUnreadMessages() { return unreadMessages; }
    public Long getDeviationsToHandle() { return deviationsToHandle; }
    public Long getExcessToHandle() { return excessToHandle; }
}
