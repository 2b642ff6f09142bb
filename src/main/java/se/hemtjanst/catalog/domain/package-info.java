/**
 * The service catalogue (insatskatalog): main areas and services with in/out-of-frame flags, LOV billing,
 * standard minutes per occurrence and validity dates. Pure domain: entities, value objects and the repository
 * interface.
 */
package se.hemtjanst.catalog.domain;
