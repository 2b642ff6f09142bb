/**
 * The organisation the product serves: the municipality, its districts (stadsdelar, where assessors work) and
 * the providers (utförare) that perform the care. Accounts and clients hang off these units, and every access
 * rule ("a provider sees only its own clients", "an assessor works in their own district") is stated in them.
 */
package se.hemtjanst.organization.domain;
