/** Screens of follow-up: the role dashboards. */
package se.hemtjanst.report.web;
