package org.crossroads.servicepoints.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossroads.accounts.Editor;
import org.crossroads.servicepoints.ServicePoint;
import org.crossroads.servicepoints.ServicePointPermissions;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.stereotype.Component;

/** Turns service points into what pages, popups and city page sections show, naming operators in one query. */
@Component
class ServicePointViews {

    private final Vocabularies vocabularies;
    private final Organisations organisations;
    private final ServicePointPermissions permissions;

    ServicePointViews(Vocabularies vocabularies, Organisations organisations, ServicePointPermissions permissions) {
        this.vocabularies = vocabularies;
        this.organisations = organisations;
        this.permissions = permissions;
    }

    List<ServicePointView> of(List<ServicePoint> points, Optional<Editor> reader, Locale locale) {
        Set<Long> operatorIds = new HashSet<>();
        points.forEach(p -> {
            if (p.operatorId() != null) {
                operatorIds.add(p.operatorId());
            }
        });
        Map<Long, Organisation> operators = organisations.findAll(operatorIds);
        List<ServicePointView> views = new ArrayList<>(points.size());
        for (ServicePoint p : points) {
            Organisation operator = p.operatorId() == null ? null : operators.get(p.operatorId());
            views.add(new ServicePointView(p.id(), anchor(p.id()), p.name(), p.kind(), kindLabel(p.kind(), locale),
                    p.address(), String.format(Locale.ROOT, "%.5f, %.5f", p.latitude(), p.longitude()),
                    operator == null ? null : operator.id(), operator == null ? null : operator.name(),
                    languages(p.languages(), locale), p.openingHours(), p.phone(),
                    p.phone() == null ? null : "tel:" + p.phone().replaceAll("[^+0-9]", ""), p.website(), p.description(),
                    p.source(), p.isPublished(), reader.map(e -> permissions.mayEdit(e, p)).orElse(false),
                    !p.isPublished() && reader.map(e -> permissions.mayPublish(e, p.placeId())).orElse(false)));
        }
        return views;
    }

    String kindLabel(String kind, Locale locale) {
        return vocabularies.label(ServicePoint.KIND_VOCABULARY, kind, locale);
    }

    /** The languages served, each named in the reader's language ("arabe, français"). */
    static String languages(List<String> codes, Locale locale) {
        return String.join(", ", codes.stream().map(c -> Locale.forLanguageTag(c).getDisplayLanguage(locale)).toList());
    }

    /** The second line of a point in lists and popups: its kind, then its address. */
    String detail(ServicePoint p, Locale locale) {
        String kind = kindLabel(p.kind(), locale);
        return p.address() == null ? kind : kind + " · " + p.address();
    }

    static String anchor(long id) {
        return "service-point-" + id;
    }

    static String href(ServicePoint p) {
        return "/cities/" + p.placeId() + "/service-points#" + anchor(p.id());
    }
}
