package org.crossroads.library;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.directory.Memberships;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a document, from its access level and publication (docs/library.md, "Access"). Every path
 * that shows a document, its file, its text or a count of documents asks here first.
 */
@Component
public class DocumentPermissions {

    private final JdbcClient jdbc;
    private final Memberships memberships;

    DocumentPermissions(JdbcClient jdbc, Memberships memberships) {
        this.jdbc = jdbc;
        this.memberships = memberships;
    }

    /** What decides access: the level, the publication, and the networks whose members may read it. */
    public record Access(long documentId, String level, String publication, Set<Long> networkIds, String createdBy) {}

    public Optional<Access> access(long documentId) {
        return jdbc.sql("""
                select d.access, d.publication, d.created_by,
                  array(select organisation_id from document_organisation o where o.document_id = d.id and o.role = 'network')
                from document d where d.id = :id""")
                .param("id", documentId)
                .query((rs, n) -> new Access(documentId, rs.getString(1), rs.getString(2),
                        Set.copyOf(longs(rs.getArray(4).getArray())), rs.getString(3)))
                .optional();
    }

    /** Whether the reader may know the document exists: open its page, its file, its text, or count it. */
    public boolean maySee(long documentId, Optional<Editor> reader) {
        return access(documentId).map(a -> maySee(a, reader)).orElse(false);
    }

    public boolean maySee(Access a, Optional<Editor> reader) {
        if (!"published".equals(a.publication()) && reader.map(e -> !mayEdit(a, e)).orElse(true)) {
            return false; // a proposal is seen by its author and those who publish it
        }
        if (!"members".equals(a.level())) {
            return true;
        }
        return reader.map(e -> e.role() == Role.ADMINISTRATOR || isMember(e, a.networkIds())).orElse(false);
    }

    /**
     * Whether the reader sees who wrote a Chatham House document and where it comes from (its authors,
     * organisations and source address): administrators and the coordinators of its networks.
     */
    public boolean maySeeSource(Access a, Optional<Editor> reader) {
        if (!"chatham_house".equals(a.level())) {
            return true;
        }
        return reader.map(e -> e.role() == Role.ADMINISTRATOR
                || e.role() == Role.NETWORK_COORDINATOR && a.networkIds().contains(e.organisationId())).orElse(false);
    }

    /**
     * Administrators edit every document; coordinators those of their network and those of no network; others the
     * ones they proposed, while unpublished.
     */
    public boolean mayEdit(Access a, Editor editor) {
        return editor.role() == Role.ADMINISTRATOR
                || editor.role() == Role.NETWORK_COORDINATOR
                        && (a.networkIds().isEmpty() || a.networkIds().contains(editor.organisationId()))
                || !"published".equals(a.publication()) && editor.username().equals(a.createdBy());
    }

    public boolean mayEdit(long documentId, Editor editor) {
        return access(documentId).map(a -> mayEdit(a, editor)).orElse(false);
    }

    /** A coordinator of one of the networks, or a focal point of a city that is a member of one. */
    private boolean isMember(Editor e, Set<Long> networks) {
        if (e.organisationId() != null && networks.contains(e.organisationId())) {
            return true;
        }
        if (e.placeId() == null) {
            return false;
        }
        Set<Long> ofCity = new HashSet<>();
        memberships.ofPlace(e.placeId()).forEach(m -> ofCity.add(m.organisationId()));
        return ofCity.stream().anyMatch(networks::contains);
    }

    private static List<Long> longs(Object array) {
        return java.util.Arrays.stream((Object[]) array).map(o -> ((Number) o).longValue()).toList();
    }
}
