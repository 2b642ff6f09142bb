/** Implementation plans in JPA, and the plan document's JSON form. */
package se.hemtjanst.plan.infrastructure;
