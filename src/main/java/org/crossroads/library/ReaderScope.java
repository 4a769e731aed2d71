package org.crossroads.library;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.directory.Memberships;

/**
 * {@link DocumentPermissions} as SQL conditions on {@code document d}, for lists and counts: the same rules, so a
 * list never holds, nor counts, a document whose page the reader could not open. {@code DocumentAccessTest}
 * compares the two for every access level and role.
 */
record ReaderScope(String username, Role role, Long organisationId, Set<Long> networks) {

    static final String NETWORKS_OF_D = "array(select o.organisation_id from document_organisation o "
            + "where o.document_id = d.id and o.role = 'network')";

    static ReaderScope of(Optional<Editor> reader, Memberships memberships) {
        if (reader.isEmpty()) {
            return new ReaderScope(null, null, null, Set.of());
        }
        Editor e = reader.get();
        Set<Long> networks = new HashSet<>();
        if (e.organisationId() != null) {
            networks.add(e.organisationId());
        }
        if (e.placeId() != null) {
            memberships.ofPlace(e.placeId()).forEach(m -> networks.add(m.organisationId()));
        }
        return new ReaderScope(e.username(), e.role(), e.organisationId(), Set.copyOf(networks));
    }

    /** Documents the reader may know exist (maySee). */
    String visible() {
        if (role == Role.ADMINISTRATOR) {
            return "true";
        }
        if (username == null) {
            return "(d.publication = 'published' and d.access <> 'members')";
        }
        return "((d.publication = 'published' or " + mayEdit() + ") and (d.access <> 'members' or "
                + NETWORKS_OF_D + " && cast(:scope_networks as bigint[])))";
    }

    /** Documents whose authors, organisations and source the reader may see (maySeeSource). */
    String sourceVisible() {
        if (role == Role.ADMINISTRATOR) {
            return "true";
        }
        if (role == Role.NETWORK_COORDINATOR && organisationId != null) {
            return "(d.access <> 'chatham_house' or :scope_organisation = any(" + NETWORKS_OF_D + "))";
        }
        return "(d.access <> 'chatham_house')";
    }

    /** {@link #visible()} in Java, for the in-memory {@link DocumentIndex}: the same rule on the same fields. */
    boolean sees(DocumentPermissions.Access a) {
        if (role == Role.ADMINISTRATOR) {
            return true;
        }
        boolean published = "published".equals(a.publication());
        boolean members = "members".equals(a.level());
        if (username == null) {
            return published && !members;
        }
        return (published || mayEdit(a)) && (!members || a.networkIds().stream().anyMatch(networks::contains));
    }

    /** {@link #sourceVisible()} in Java. */
    boolean seesSource(DocumentPermissions.Access a) {
        if (role == Role.ADMINISTRATOR || !"chatham_house".equals(a.level())) {
            return true;
        }
        return role == Role.NETWORK_COORDINATOR && organisationId != null && a.networkIds().contains(organisationId);
    }

    private boolean mayEdit(DocumentPermissions.Access a) {
        boolean own = !"published".equals(a.publication()) && username.equals(a.createdBy());
        if (role == Role.NETWORK_COORDINATOR) {
            return own || a.networkIds().isEmpty() || organisationId != null && a.networkIds().contains(organisationId);
        }
        return own;
    }

    private String mayEdit() {
        String own = "(d.publication <> 'published' and d.created_by = :scope_user)";
        if (role == Role.NETWORK_COORDINATOR) {
            return "(" + own + " or cardinality(" + NETWORKS_OF_D + ") = 0"
                    + (organisationId == null ? "" : " or :scope_organisation = any(" + NETWORKS_OF_D + ")") + ")";
        }
        return own;
    }

    Map<String, Object> parameters() {
        return Map.of("scope_user", username == null ? "" : username,
                "scope_organisation", organisationId == null ? -1L : organisationId,
                "scope_networks", "{" + String.join(",", networks.stream().map(String::valueOf).toList()) + "}");
    }
}
