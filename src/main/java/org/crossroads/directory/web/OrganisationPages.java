package org.crossroads.directory.web;

import org.crossroads.shared.web.RecordNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.audit.AuditTrail;
import org.crossroads.directory.DirectoryPermissions;
import org.crossroads.directory.DirectorySettings;
import org.crossroads.directory.Memberships;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.OrganisationNames;
import org.crossroads.directory.OrganisationQuery;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.crossroads.directory.Provenance;
import org.crossroads.directory.ResultPage;
import org.crossroads.shared.search.QueryUnderstanding;
import org.crossroads.shared.search.UnderstoodQuery;
import org.crossroads.shared.web.ListSort;
import org.crossroads.shared.web.Pager;
import org.crossroads.shared.web.Sorting;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public organisation pages: the list, an organisation's profile with its member cities, its history. */
@Controller
class OrganisationPages {

    private final Organisations organisations;
    private final Memberships memberships;
    private final Places places;
    private final Related related;
    private final AuditTrail audit;
    private final CurrentEditor currentEditor;
    private final DirectoryPermissions permissions;
    private final DirectorySettings settings;
    private final QueryUnderstanding understanding;
    private final OrganisationNames organisationNames;

    OrganisationPages(Organisations organisations, Memberships memberships, Places places, Related related,
            AuditTrail audit, CurrentEditor currentEditor, DirectoryPermissions permissions, DirectorySettings settings,
            QueryUnderstanding understanding, OrganisationNames organisationNames) {
        this.understanding = understanding;
        this.organisationNames = organisationNames;
        this.organisations = organisations;
        this.memberships = memberships;
        this.places = places;
        this.related = related;
        this.audit = audit;
        this.currentEditor = currentEditor;
        this.permissions = permissions;
        this.settings = settings;
    }

    @GetMapping("/organisations")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String type,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") String page,
            HttpServletRequest request, Model model) {
        int pageNumber = page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0;
        Sorting sorting = sorting(sort, q);
        OrganisationQuery query = new OrganisationQuery(q, type, pageNumber, settings.pageSize(), sorting.chosen());
        ResultPage<Organisation> result = organisations.list(query);
        UnderstoodQuery understood = query.q().isEmpty() ? null : understanding.understand(query.q());
        if (result.total() == 0 && understood != null) {
            UnderstoodQuery corrected = understanding.correct(understood, organisationNames.lexicon());
            if (corrected.corrected()) {
                // nothing under the words as typed: the list for the words as read, and the page says so
                understood = corrected;
                result = organisations.list(query.withWords(corrected.readAs()));
            }
        }
        model.addAttribute("understood", understood);
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("sorting", sorting);
        model.addAttribute("pager", Pager.countingFromZero(request, query.page(), result.total(), query.size()));
        var editor = currentEditor.get();
        model.addAttribute("proposed", editor.filter(permissions::mayPublish).map(e -> organisations.proposed()).orElse(java.util.List.of()));
        model.addAttribute("mayCreate", editor.map(permissions::mayCreateOrganisation).orElse(false));
        return "directory/organisations";
    }

    /**
     * The orders of the organisation list: relevance with words, else by name; by last change. Organisations have no
     * date of their own.
     */
    static Sorting sorting(String sort, String q) {
        return Sorting.read(sort, q != null && !q.isBlank(), ListSort.NAME, ListSort.NAME, ListSort.CHANGED);
    }

    @GetMapping("/organisations/{id:\\d+}")
    String show(@PathVariable long id, Locale locale, Model model) {
        Organisation organisation = visible(id);
        var members = memberships.ofOrganisation(id);
        var editor = currentEditor.get();
        String createdBy = organisations.provenance(id).map(Provenance::createdBy).orElse(null);
        model.addAttribute("organisation", organisation);
        var translated = organisations.translations(id).getOrDefault(locale.getLanguage(), java.util.Map.of());
        model.addAttribute("localName", translated.getOrDefault("name", organisation.name()));
        model.addAttribute("localDescription", translated.getOrDefault("description", organisation.description()));
        model.addAttribute("provenance", organisations.provenance(id).orElse(null));
        model.addAttribute("seat", organisation.placeId() == null ? null : places.find(organisation.placeId()).orElse(null));
        model.addAttribute("memberships", members);
        model.addAttribute("places", places.findAll(members.stream().map(m -> m.placeId()).collect(Collectors.toSet())));
        model.addAttribute("sections", related.forOrganisation(id, locale));
        model.addAttribute("mayEdit", editor.map(e -> permissions.mayEdit(e, organisation, createdBy)).orElse(false));
        model.addAttribute("mayPublish", "proposed".equals(organisation.publication())
                && editor.map(permissions::mayPublish).orElse(false));
        model.addAttribute("mayChangeMembers", editor.map(e -> permissions.mayChangeMembershipsOf(e, id)).orElse(false));
        return "directory/organisation";
    }

    @GetMapping("/organisations/{id:\\d+}/history")
    String history(@PathVariable long id, Model model) {
        Organisation organisation = visible(id);
        model.addAttribute("subject", organisation.name());
        model.addAttribute("backHref", "/organisations/" + id);
        model.addAttribute("changes", audit.history("organisation", id));
        return "directory/history";
    }

    /** Proposed organisations are shown only to those who may publish them and to their author. */
    private Organisation visible(long id) {
        Organisation organisation = organisations.find(id).orElseThrow(() -> new RecordNotFoundException("organisation", id));
        String createdBy = organisations.provenance(id).map(Provenance::createdBy).orElse(null);
        if (!permissions.maySee(currentEditor.get(), organisation, createdBy)) {
            throw new RecordNotFoundException("organisation", id);
        }
        return organisation;
    }
}
