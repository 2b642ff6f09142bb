/** Application services for clients: scoped reads with access logging. */
package se.hemtjanst.client.application;
