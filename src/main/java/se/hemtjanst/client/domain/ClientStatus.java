package se.hemtjanst.client.domain;

/** Whether the client is currently served; an ended client keeps all history. */
public enum ClientStatus { ACTIVE, ENDED }
