package org.crossroads.commitments;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.directory.Membership;
import org.crossroads.directory.Memberships;
import org.springframework.stereotype.Component;

/**
 * Who may see and change commitments. "In scope" means what it means everywhere on the platform: a focal point's city,
 * and for a network coordinator the cities that are members of its network and the network itself.
 *
 * <ul>
 * <li>Public signatures, pledges and uptakes are public. A restricted one ("declarations may … prevent certain cities
 * from joining", seed 001 section 5.3) is seen by administrators, by those whose scope holds one of its parties, and
 * by whoever recorded it; public statistics count it without naming it.</li>
 * <li>Frameworks, review cycles and recommendations are public; coordinators and administrators write them.</li>
 * <li>Signatures, pledges and their status are written by administrators and by those whose scope holds one of their
 * parties; a focal point's pledge names its own city among its parties.</li>
 * </ul>
 */
@Component
public class CommitmentPermissions {

    private final Memberships memberships;

    CommitmentPermissions(Memberships memberships) {
        this.memberships = memberships;
    }

    /**
     * What one reader's scope holds.
     *
     * @param everything an administrator's
     * @param places the cities in scope
     * @param organisations the organisations in scope (a coordinator's network)
     * @param username who is reading, for what they recorded themselves; null for an anonymous reader
     */
    public record Scope(boolean everything, Set<Long> places, Set<Long> organisations, String username) {

        static final Scope NONE = new Scope(false, Set.of(), Set.of(), null);

        public boolean holds(Collection<Long> placeIds, Collection<Long> organisationIds) {
            return everything || placeIds.stream().anyMatch(places::contains)
                    || organisationIds.stream().anyMatch(organisations::contains);
        }

        public boolean signedIn() {
            return username != null;
        }
    }

    public Scope scope(Optional<Editor> reader) {
        if (reader.isEmpty()) {
            return Scope.NONE;
        }
        Editor e = reader.get();
        return switch (e.role()) {
            case ADMINISTRATOR -> new Scope(true, Set.of(), Set.of(), e.username());
            case CITY_FOCAL_POINT -> new Scope(false, e.placeId() == null ? Set.of() : Set.of(e.placeId()), Set.of(),
                    e.username());
            case NETWORK_COORDINATOR -> e.organisationId() == null ? new Scope(false, Set.of(), Set.of(), e.username())
                    : new Scope(false, memberships.ofOrganisation(e.organisationId()).stream().map(Membership::placeId)
                            .collect(Collectors.toUnmodifiableSet()), Set.of(e.organisationId()), e.username());
            case CONTRIBUTOR -> new Scope(false, Set.of(), Set.of(), e.username());
        };
    }

    public boolean maySee(Pledge p, Scope scope) {
        return !p.restricted() || scope.holds(p.placeIds(), p.organisationIds())
                || scope.signedIn() && scope.username().equals(p.createdBy());
    }

    public boolean maySee(Signature s, Scope scope) {
        return !s.restricted() || scope.holds(parties(s.placeId()), parties(s.organisationId()))
                || scope.signedIn() && scope.username().equals(s.createdBy());
    }

    public boolean maySee(Uptake u, Scope scope) {
        return !u.restricted() || scope.holds(parties(u.placeId()), parties(u.organisationId()))
                || scope.signedIn() && scope.username().equals(u.recordedBy());
    }

    /** Frameworks, review cycles and recommendations. */
    public boolean mayEditShared(Editor editor) {
        return editor.role() == Role.ADMINISTRATOR || editor.role() == Role.NETWORK_COORDINATOR;
    }

    /** A pledge, a signature or an uptake with these parties; contributors record none. */
    public boolean mayEditFor(Collection<Long> placeIds, Collection<Long> organisationIds, Editor editor) {
        return editor.role() != Role.CONTRIBUTOR && scope(Optional.of(editor)).holds(placeIds, organisationIds);
    }

    public boolean mayEdit(Pledge p, Editor editor) {
        return mayEditFor(p.placeIds(), p.organisationIds(), editor);
    }

    /** Coordinators and administrators open reporting rounds. */
    public boolean mayRunRounds(Editor editor) {
        return mayEditShared(editor);
    }

    /**
     * The SQL condition that lets through the restricted rows a reader may see, on a table with a
     * {@code visibility} column (alias {@code alias}) whose parties {@code partyExists} finds: an {@code exists}
     * over the party table with {@code :scopePlaces} and {@code :scopeOrganisations} bound here.
     *
     * @param partyCondition the condition on the record's parties, e.g. a subquery on pledge_party with
     *     {@code %s} where the place and organisation tests go
     * @param createdBy the column of who recorded the row
     */
    String visible(String alias, String partyCondition, String createdBy, Scope scope, Map<String, Object> params) {
        if (scope.everything()) {
            return "true";
        }
        if (!scope.signedIn()) {
            return alias + ".visibility = 'public'";
        }
        params.put("scopePlaces", scope.places().toArray(Long[]::new));
        params.put("scopeOrganisations", scope.organisations().toArray(Long[]::new));
        params.put("scopeReader", scope.username());
        return "(" + alias + ".visibility = 'public' or " + createdBy + " = :scopeReader or "
                + partyCondition.formatted("= any(:scopePlaces)", "= any(:scopeOrganisations)") + ")";
    }

    private static java.util.List<Long> parties(Long id) {
        return id == null ? java.util.List.of() : java.util.List.of(id);
    }
}
