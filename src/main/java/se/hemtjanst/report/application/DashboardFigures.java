package se.hemtjanst.report.application;

/**
 * What a person's landing page shows. A figure is null when it does not concern the person's role, so the tile
 * is not shown at all.
 */
public record DashboardFigures(long servicesInFrameToday, long servicesOutsideFrameToday, Long clientsInOwnDistrict,
                               Long clientsTotal, Long accounts, String unitName) {
}
