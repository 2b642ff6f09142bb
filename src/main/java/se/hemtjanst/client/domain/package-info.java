/**
 * Clients (brukare): personal identity number (checked, also samordningsnummer), name, address, district, life
 * story and status. The frame-order issue adds search, editing and ending a client.
 */
package se.hemtjanst.client.domain;
