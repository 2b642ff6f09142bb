/**
 * Read-only follow-up: dashboards and reports as projections over the other capabilities' tables; the report
 * capability owns no aggregates of its own.
 */
package se.hemtjanst.report.application;
