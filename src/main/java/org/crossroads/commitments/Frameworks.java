package org.crossroads.commitments;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.shared.statistics.SmallCellSuppression;
import org.springframework.stereotype.Service;

/** Reading frameworks, the reviews they report to and their signatures (restricted ones as for pledges). */
@Service
public class Frameworks {

    private final FrameworkStore store;
    private final SignatureStore signatures;
    private final CommitmentPermissions permissions;
    private final SmallCellSuppression rule;

    Frameworks(FrameworkStore store, SignatureStore signatures, CommitmentPermissions permissions,
            CommitmentSettings settings) {
        this.store = store;
        this.signatures = signatures;
        this.permissions = permissions;
        this.rule = new SmallCellSuppression(settings.smallCountThreshold());
    }

    public List<Framework> all() {
        return store.all();
    }

    public Optional<Framework> find(long id) {
        return store.find(id);
    }

    public List<ReviewCycle> cycles() {
        return store.cycles();
    }

    public Optional<ReviewCycle> cycle(long id) {
        return store.cycle(id);
    }

    /** The reviews a framework reports to, the earliest first. */
    public List<ReviewCycle> cyclesOf(Framework f) {
        List<ReviewCycle> cycles = store.cycles(f.cycleIds());
        if (cycles.size() != f.cycleIds().size()) {
            throw new java.util.NoSuchElementException("A review cycle of framework " + f.id() + " was removed");
        }
        return cycles;
    }

    /** The signatures of a framework this reader may see. */
    public List<Signature> signatures(long frameworkId, Optional<Editor> reader) {
        Map<String, Object> params = new HashMap<>();
        return signatures.of(frameworkId, null, null, visible(reader, params), params);
    }

    /** The signatures of a place this reader may see, of every framework. */
    public List<Signature> signaturesOf(long placeId, Optional<Editor> reader) {
        Map<String, Object> params = new HashMap<>();
        return signatures.of(null, placeId, null, visible(reader, params), params);
    }

    /** The signatures of an organisation (a network signing, perhaps for its members) this reader may see. */
    public List<Signature> signaturesOfOrganisation(long organisationId, Optional<Editor> reader) {
        Map<String, Object> params = new HashMap<>();
        return signatures.of(null, null, organisationId, visible(reader, params), params);
    }

    public Optional<Signature> signature(long id, Optional<Editor> reader) {
        return signatures.find(id).filter(s -> permissions.maySee(s, permissions.scope(reader)));
    }

    /**
     * How many signatories this reader is not shown by name (restricted ones): "&lt;5" when small, and so is the total
     * derived from it.
     */
    public StatusFigures.Figure unnamedSignatories(long frameworkId, Optional<Editor> reader) {
        long shown = signatures(frameworkId, reader).size();
        long unnamed = signatures.countAll(frameworkId) - shown;
        boolean hide = !permissions.scope(reader).everything() && rule.isSmall(BigDecimal.valueOf(unnamed));
        return new StatusFigures.Figure(unnamed, hide ? SmallCellSuppression.Why.SMALL : null);
    }

    private String visible(Optional<Editor> reader, Map<String, Object> params) {
        return permissions.visible("s", SignatureStore.PARTIES, "s.created_by", permissions.scope(reader), params);
    }
}
