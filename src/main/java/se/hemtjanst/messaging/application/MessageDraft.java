package se.hemtjanst.messaging.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A message being written, from a screen or over REST. */
public class MessageDraft implements Serializable {

    /** GENERAL (default), CHANGED_NEEDS or REVIEW_REQUEST. */
    public String kind;
    /** The order referred to; required for CHANGED_NEEDS and REVIEW_REQUEST. */
    public Long orderId;
    /** For an assessor writing to a provider when the client has orders to several providers. */
    public Long providerId;
    /** For CHANGED_NEEDS: the life areas (IBIC) whose needs changed, e.g. PERSONLIG_VARD. */
    public List<String> lifeAreas = new ArrayList<>();
    public String subject;
    public String body;
}
