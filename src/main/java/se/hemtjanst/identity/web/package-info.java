/** Screens of identity: login and logout. */
package se.hemtjanst.identity.web;
