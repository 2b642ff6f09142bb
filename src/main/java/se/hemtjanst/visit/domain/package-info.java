/**
 * Visits and their proof of presence: NFC tags placed in clients' homes, the scans staff make with their phones,
 * and the rules that decide whether a scan counts. Tags are NTAG 424 DNA chips whose "SUN" messages are parsed,
 * decrypted and authenticated here ({@link se.hemtjanst.visit.domain.SunVerifier}), and whose read counters
 * guard against replayed or copied URLs, with a tolerance for scans queued offline
 * ({@link se.hemtjanst.visit.domain.SunCounterPolicy}). Pure domain: no Jakarta imports beyond JPA and
 * validation annotations.
 */
package se.hemtjanst.visit.domain;
