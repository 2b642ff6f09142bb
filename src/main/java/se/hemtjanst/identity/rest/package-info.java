/** REST entry of identity: the token endpoint and the filter that keeps every other endpoint closed. */
package se.hemtjanst.identity.rest;
