/** The catalogue screen (catalog/services.xhtml). */
package se.hemtjanst.catalog.web;
