/** Screens of clients: the list (clients/index.xhtml) and one client's record (clients/client.xhtml). */
package se.hemtjanst.client.web;
