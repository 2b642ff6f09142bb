/**
 * The implementation plan's application service: the transaction and security boundary for screens and REST. The
 * provider's managers write and sign, staff read today's part, the assessor of the district reads.
 */
package se.hemtjanst.plan.application;
