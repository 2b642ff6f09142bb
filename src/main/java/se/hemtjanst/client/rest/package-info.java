/** REST resources of clients: {@code /api/v1/clients}. */
package se.hemtjanst.client.rest;
