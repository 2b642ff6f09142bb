package se.hemtjanst.shared.application;

/**
 * Fired in the writing transaction when rule settings or the service catalogue change; caches of them
 * ({@link ReferenceCache}) are emptied when that transaction completes.
 */
public record ReferenceDataChanged(String what) {
}
