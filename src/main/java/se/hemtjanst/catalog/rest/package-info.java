/** REST resources and DTOs of the catalogue: {@code /api/v1/catalog/services}. */
package se.hemtjanst.catalog.rest;
