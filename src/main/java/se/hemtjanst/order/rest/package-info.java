/** REST resources of frame orders: {@code /api/v1/orders}. */
package se.hemtjanst.order.rest;
