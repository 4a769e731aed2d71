/**
 * Local migration data: the indicator catalogue with reusable dimensions, data values with provenance,
 * quality and confidentiality, imports and exports, analytics with small-cell suppression, city
 * migration profiles, questionnaire-based self-assessment indexes, and service points within cities.
 * Refers to places of the directory by id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data")
package org.crossroads.data;
