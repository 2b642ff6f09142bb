/** Messaging: application layer. */
package se.hemtjanst.messaging.application;
