package se.hemtjanst.visit.domain;

/** A plain sticker with a fixed UID (copyable), or an NTAG 424 DNA tag that signs every tap (SUN). */
public enum TagKind { PLAIN_UID, NTAG424 }
