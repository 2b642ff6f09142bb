/**
 * Accounts, roles and API tokens. Personal accounts only: each belongs to a district (assessors) or a provider
 * (provider managers and staff), which is what object-level access checks compare against.
 */
package se.hemtjanst.identity.domain;
