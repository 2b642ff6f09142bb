package se.hemtjanst.visit.domain;

/** KOM and GICK. */
public enum ScanType { ARRIVAL, DEPARTURE }
