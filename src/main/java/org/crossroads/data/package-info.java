/**
 * Local migration data: questionnaire-based self-assessment indexes (versioned questionnaires that
 * cities answer per period, with scores per dimension, benchmarking among the cities that answered the
 * same version, and each city's history). Refers to places and organisations of the directory by id;
 * uses accounts (who may build and answer) and the audit trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data")
package org.crossroads.data;
