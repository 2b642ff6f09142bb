/** Billing: infrastructure layer (rules as data, input assembly, Timunderlag LOV). */
package se.hemtjanst.billing.infrastructure;
