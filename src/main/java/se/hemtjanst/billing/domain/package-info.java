/**
 * Billing (ersättning) of home-care providers as plain Java rules, testable without a container and independent
 * of any entity: the application layer maps its orders, pauses, visits and rule settings onto the input records
 * and persists the results.
 *
 * <ul>
 *   <li>Inputs: {@link se.hemtjanst.billing.domain.ClientMonth} (a client's
 *   {@link se.hemtjanst.billing.domain.GrantedTime} — {@link se.hemtjanst.billing.domain.FrameOrderVersion}s with
 *   ramtid and {@link se.hemtjanst.billing.domain.OutOfFrameService}s, {@link se.hemtjanst.billing.domain.PausePeriod}s
 *   — and {@link se.hemtjanst.billing.domain.PerformedVisit}s), and the
 *   {@link se.hemtjanst.billing.domain.BillingRules} of the month, picked by month from a
 *   {@link se.hemtjanst.billing.domain.BillingRulebook}.</li>
 *   <li>{@link se.hemtjanst.billing.domain.BillingCalculator#settle} gives a
 *   {@link se.hemtjanst.billing.domain.ClientSettlement}: granted, performed, compensated and excess time per row,
 *   by time band ({@link se.hemtjanst.billing.domain.DaytimeBand}), and amounts.</li>
 *   <li>Time over the limit follows {@link se.hemtjanst.billing.domain.ExcessCase} with
 *   {@link se.hemtjanst.billing.domain.ExcessDeadlines}.</li>
 *   <li>{@link se.hemtjanst.billing.domain.TimunderlagLov} is the provider's monthly report.</li>
 * </ul>
 *
 * Hours are exact fractions ({@link se.hemtjanst.billing.domain.ExactHours}), visit time whole real minutes; hours
 * are rounded once at presentation (HALF_UP, 2 decimals), amounts once per amount line (HALF_UP, öre).
 */
package se.hemtjanst.billing.domain;
