/**
 * Messages about a client between team mailboxes (funktionsbrevlådor): a district's assessors and a provider.
 * A "changed needs" message refers to the order and says what changed in the client's needs.
 */
package se.hemtjanst.messaging.domain;
