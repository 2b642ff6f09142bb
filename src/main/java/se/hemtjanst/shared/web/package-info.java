/** Screen plumbing shared by every capability: language, messages, and the single mapping of refusals to Faces messages. */
package se.hemtjanst.shared.web;
