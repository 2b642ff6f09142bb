/** Messaging: infrastructure layer. */
package se.hemtjanst.messaging.infrastructure;
