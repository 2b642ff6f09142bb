package se.hemtjanst.visit.domain;

/** Active tags register visits; a revoked (lost, copied, replaced) or detached (client ended) tag never does. */
public enum TagStatus { ACTIVE, REVOKED, DETACHED }
