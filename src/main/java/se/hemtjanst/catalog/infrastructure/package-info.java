/** JPA implementation of the catalogue repository: criteria queries with paging, filtering and whitelisted sorting. */
package se.hemtjanst.catalog.infrastructure;
