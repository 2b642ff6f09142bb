/** Implementation plans over REST: a client's plan, its signing and history, today's part for staff phones. */
package se.hemtjanst.plan.rest;
