/**
 * The demo data set for {@code mvn liberty:run} and the integration tests: deterministic, loaded once, only when
 * the server variable {@code hemtjanst.demo.data} is true.
 */
package se.hemtjanst.demo;
