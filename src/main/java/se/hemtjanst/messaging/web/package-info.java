/** Messaging: web layer. */
package se.hemtjanst.messaging.web;
