/** Application services of frame orders: writing versions with the calculation support, sending, acknowledging. */
package se.hemtjanst.order.application;
