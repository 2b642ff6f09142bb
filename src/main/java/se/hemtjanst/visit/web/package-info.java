/** Visits: web layer (tags, scans from phones, visits, deviations, corrections). */
package se.hemtjanst.visit.web;
