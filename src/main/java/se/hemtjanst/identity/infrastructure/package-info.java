/**
 * Security plumbing: the HTTP authentication mechanism (form login for screens, bearer tokens for REST), the
 * database identity store and the JPA account repository.
 */
package se.hemtjanst.identity.infrastructure;
