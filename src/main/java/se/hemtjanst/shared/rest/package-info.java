/** REST plumbing shared by every capability: the JAX-RS application, problem+json and its single mapping point. */
package se.hemtjanst.shared.rest;
