package org.crossroads.servicepoints.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.servicepoints.ServicePoint;
import org.crossroads.servicepoints.ServicePointPermissions;
import org.crossroads.servicepoints.ServicePoints;
import org.crossroads.directory.RelatedRecords;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A city's published service points on its page (listed, and as a map layer) with a link to the full
 * list; an organisation's page lists the points it runs. Editors who may add points in a city without
 * any get the link to the form instead.
 */
@Component
class ServicePointsOnDirectoryPages implements RelatedRecords {

    private final ServicePoints points;
    private final ServicePointViews views;
    private final ServicePointPermissions permissions;
    private final CurrentEditor currentEditor;
    private final MessageSource messages;

    ServicePointsOnDirectoryPages(ServicePoints points, ServicePointViews views, ServicePointPermissions permissions,
            CurrentEditor currentEditor, MessageSource messages) {
        this.points = points;
        this.views = views;
        this.permissions = permissions;
        this.currentEditor = currentEditor;
        this.messages = messages;
    }

    @Override
    public List<Section> forPlace(long placeId, Locale locale) {
        List<ServicePoint> published = points.published(placeId, null);
        List<Item> items = new ArrayList<>();
        published.forEach(p -> items.add(item(p, locale)));
        String list = "/cities/" + placeId + "/service-points";
        if (!published.isEmpty()) {
            items.add(new Item(messages.getMessage("servicepoints.related.all", null, locale), list, null));
        } else if (currentEditor.get().map(e -> permissions.mayAdd(e, placeId)).orElse(false)) {
            items.add(new Item(messages.getMessage("servicepoints.add", null, locale), list + "/new", null));
        }
        return List.of(new Section("servicepoints.related.city", items,
                published.isEmpty() ? null : "/cities/" + placeId + "/service-points.geojson"));
    }

    @Override
    public List<Section> forOrganisation(long organisationId, Locale locale) {
        return List.of(new Section("servicepoints.related.operated",
                points.publishedByOperator(organisationId).stream().map(p -> item(p, locale)).toList()));
    }

    private Item item(ServicePoint p, Locale locale) {
        String hours = p.openingHours() == null ? "" : " · " + p.openingHours();
        return new Item(p.name(), ServicePointViews.href(p), views.detail(p, locale) + hours);
    }
}
