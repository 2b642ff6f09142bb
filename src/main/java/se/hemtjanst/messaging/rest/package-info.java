/** Messaging: rest layer. */
package se.hemtjanst.messaging.rest;
