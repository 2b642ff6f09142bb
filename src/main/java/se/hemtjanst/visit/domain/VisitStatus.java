package se.hemtjanst.visit.domain;

/** OPEN: arrived, not yet departed. COMPLETE: both taps. INCOMPLETE: one tap missing (a deviation). */
public enum VisitStatus { OPEN, COMPLETE, INCOMPLETE }
