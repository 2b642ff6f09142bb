/**
 * Cross-cutting infrastructure: the injected clock (Europe/Stockholm), Liquibase schema migration at start-up,
 * JPA converters and the health checks.
 */
package se.hemtjanst.shared.infrastructure;
