package org.crossroads.learning.dashboards.web;

import java.util.List;
import java.util.Locale;

/**
 * More tables for the dashboards from other parts of the learning module (outcomes, capabilities), so
 * that {@link Dashboards} need not know each of them.
 */
public interface DashboardSections {

    List<Dashboard.Table> forEvent(long eventId, boolean suppress, Locale locale);

    List<Dashboard.Table> forCity(long placeId, boolean suppress, Locale locale);

    List<Dashboard.Table> forNetwork(Long organisationId, boolean suppress, Locale locale);
}
