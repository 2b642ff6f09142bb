/** JPA implementation of the client repository, with the access scope in every query. */
package se.hemtjanst.client.infrastructure;
