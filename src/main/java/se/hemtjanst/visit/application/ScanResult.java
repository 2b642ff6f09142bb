package se.hemtjanst.visit.application;

/** A scan's answer as stored JSON, and whether this request created it (201) or repeated it (200). */
public record ScanResult(String answerJson, boolean created, String scanId) {
}
