/** Application services of the catalogue: transactions, role checks and the draft used by screens and REST. */
package se.hemtjanst.catalog.application;
