/** REST resources of the follow-up reports: the same figures and access rules as the screens. */
package se.hemtjanst.report.rest;
