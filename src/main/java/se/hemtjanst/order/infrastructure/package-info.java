/** JPA implementation of the frame-order repository. */
package se.hemtjanst.order.infrastructure;
