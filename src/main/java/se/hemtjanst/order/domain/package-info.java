/**
 * Frame orders (rambeställningar): the head (client, chosen provider, status), versions with the description,
 * purpose, goals per IBIC life area and granted services, pauses, and the calculation support that turns
 * standard times and frequencies into ramtid. Pure domain: no Jakarta imports beyond JPA annotations.
 */
package se.hemtjanst.order.domain;
