package se.hemtjanst.visit.domain;

/** What a scan did to the visits: opened one, completed one, or was a repeated tap that counts once. */
public enum ScanOutcome { OPENED, COMPLETED, REPEAT, UNPAIRED }
