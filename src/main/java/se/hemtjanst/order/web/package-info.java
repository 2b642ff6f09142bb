/** Screens of frame orders: writing and sending an order with the live calculation support. */
package se.hemtjanst.order.web;
