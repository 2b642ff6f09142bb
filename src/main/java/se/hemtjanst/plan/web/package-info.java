/** Implementation plan screens: the plan (write, live check against ramtid, sign, history) and the follow-up list. */
package se.hemtjanst.plan.web;
