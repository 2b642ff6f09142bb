/**
 * Implementation plans (genomförandeplaner): the provider's plan, written with the client, of when and how each
 * ordered service is done, the client's wishes, goals per life area and how the client took part. A plan belongs
 * to one frame order (written against one of its versions), is usable from the moment it is started, must be
 * signed within 15 days of the order's start ({@link se.hemtjanst.plan.domain.SigningDeadline}), keeps its planned
 * time within ramtid ({@link se.hemtjanst.plan.domain.FrameCheck}) and keeps every revision. Pure domain: no
 * Jakarta imports beyond JPA annotations.
 */
package se.hemtjanst.plan.domain;
