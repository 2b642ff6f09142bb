/** Authentication (passwords, bearer tokens) and the current user of a request, for every other capability. */
package se.hemtjanst.identity.application;
