package org.crossroads.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossroads.audit.AuditTrail;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the catalogue: dimensions and their categories, indicators with their dimensions, tags and
 * formulas. A formula may use only existing indicators and never, through others, itself.
 */
@Service
public class CatalogueEditing {

    private static final Set<String> VALUE_TYPES = Set.of("count", "number", "percent", "ratio", "currency");
    private static final Set<String> AGGREGATIONS = Set.of("sum", "average", "none");

    private final DataCatalogue catalogue;
    private final Vocabularies vocabularies;
    private final AuditTrail audit;
    private final SmallCountProtection protection;

    CatalogueEditing(DataCatalogue catalogue, Vocabularies vocabularies, AuditTrail audit, SmallCountProtection protection) {
        this.protection = protection;
        this.catalogue = catalogue;
        this.vocabularies = vocabularies;
        this.audit = audit;
    }

    /** A category to add to a dimension (or to rename). */
    public record CategoryDraft(String code, Map<String, String> name) {}

    /** Creates the dimension if needed and puts its categories; existing categories and values stay valid. */
    @Transactional
    public long putDimension(String code, Map<String, String> name, List<CategoryDraft> categories, String actor) {
        List<FieldError> errors = new ArrayList<>();
        if (code == null || !code.matches("[a-z][a-z0-9_]{0,39}")) {
            errors.add(FieldError.of("code", "data.error.code", code));
        }
        if (name == null || name.getOrDefault("en", "").isBlank()) {
            errors.add(FieldError.of("name", "data.error.required"));
        }
        categories.stream().filter(c -> c.code() == null || !c.code().matches("[a-z0-9][a-z0-9_+.-]{0,39}"))
                .forEach(c -> errors.add(FieldError.of("categories", "data.error.code", c.code())));
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        long id = catalogue.dimension(code).map(Dimension::id).orElseGet(() -> catalogue.insertDimension(code, name, actor));
        int position = catalogue.dimension(code).map(d -> d.categories().size()).orElse(0);
        for (CategoryDraft c : categories) {
            Optional<Dimension.Category> existing = catalogue.dimension(code).flatMap(d -> d.category(c.code()));
            catalogue.putCategory(id, c.code(), c.name(), existing.map(Dimension.Category::position).orElse(position++));
        }
        audit.record("data_dimension", id, "put", actor, Map.of("code", code, "categories", categories.size()));
        return id;
    }

    /** Creates the indicator, or updates it when its code exists (catalogue files are re-imported this way). */
    @Transactional(noRollbackFor = InvalidEntryException.class)
    public long putIndicator(IndicatorDraft draft, String actor) {
        Optional<Indicator> existing = catalogue.indicator(draft.code() == null ? "" : draft.code());
        Checked checked = check(draft, existing.map(Indicator::id).orElse(null));
        long id;
        if (existing.isEmpty()) {
            id = catalogue.insertIndicator(draft, actor);
        } else {
            id = existing.get().id();
            if (!catalogue.updateIndicator(id, existing.get().version(), draft, actor)) {
                throw new ConcurrentEditException("indicator", id);
            }
        }
        catalogue.linkDimensions(id, checked.dimensionIds());
        catalogue.linkInputs(id, checked.inputIds());
        if (existing.isPresent() && (!existing.get().valueType().equals(draft.valueType())
                || !existing.get().aggregation().equals(draft.aggregation()))) {
            // what is a count, and what sums, decides what is hidden
            protection.protectEverywhere(id);
        }
        audit.record("indicator", id, existing.isEmpty() ? "created" : "updated", actor, catalogue.indicator(id).orElseThrow());
        return id;
    }

    private record Checked(List<Long> dimensionIds, List<Long> inputIds) {}

    private Checked check(IndicatorDraft d, Long selfId) {
        List<FieldError> errors = new ArrayList<>();
        if (d.code() == null || !d.code().matches("[a-z][a-z0-9_.]{0,59}")) {
            errors.add(FieldError.of("code", "data.error.code", d.code()));
        }
        if (d.name().getOrDefault("en", "").isBlank()) {
            errors.add(FieldError.of("name", "data.error.required"));
        }
        if (d.unit() == null || d.unit().isBlank()) {
            errors.add(FieldError.of("unit", "data.error.required"));
        }
        if (!VALUE_TYPES.contains(d.valueType())) {
            errors.add(FieldError.of("value_type", "data.error.unknownValue", d.valueType()));
        }
        if (!AGGREGATIONS.contains(d.aggregation())) {
            errors.add(FieldError.of("aggregation", "data.error.unknownValue", d.aggregation()));
        }
        d.domains().stream().filter(x -> !vocabularies.contains("integration_domain", x))
                .forEach(x -> errors.add(FieldError.of("domains", "data.error.unknownValue", x)));
        d.sourceTypes().stream().filter(x -> !vocabularies.contains("data_source_type", x))
                .forEach(x -> errors.add(FieldError.of("source_types", "data.error.unknownValue", x)));
        d.sdgTargets().stream().filter(x -> !vocabularies.contains(Vocabularies.SDG_TARGET, x))
                .forEach(x -> errors.add(FieldError.of("sdg_targets", "data.error.unknownValue", x)));
        d.gcmObjectives().stream().filter(x -> x == null || x < 1 || x > 23)
                .forEach(x -> errors.add(FieldError.of("gcm_objectives", "data.error.unknownValue", x)));
        List<Long> dimensionIds = new ArrayList<>();
        for (String code : d.dimensions()) {
            catalogue.dimension(code).ifPresentOrElse(x -> dimensionIds.add(x.id()),
                    () -> errors.add(FieldError.of("dimensions", "data.error.unknownDimension", code)));
        }
        List<Long> inputIds = new ArrayList<>();
        if (d.formula() != null && !d.formula().isBlank()) {
            try {
                Formula formula = Formula.parse(d.formula());
                for (String input : formula.inputs()) {
                    Optional<Indicator> used = catalogue.indicator(input);
                    if (used.isEmpty() || used.get().id() == (selfId == null ? -1 : selfId) || input.equals(d.code())) {
                        errors.add(FieldError.of("formula", "data.error.formulaInput", input));
                    } else {
                        inputIds.add(used.get().id());
                        if (selfId != null && dependsOn(used.get().id(), selfId, new HashSet<>())) {
                            errors.add(FieldError.of("formula", "data.error.formulaCycle", input));
                        }
                    }
                }
                if (!d.dimensions().isEmpty()) {
                    errors.add(FieldError.of("dimensions", "data.error.computedTotalsOnly"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("formula", "data.error.formula", d.formula()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        return new Checked(dimensionIds, inputIds);
    }

    /** Whether {@code indicatorId} is computed, directly or through others, from {@code target}. */
    private boolean dependsOn(long indicatorId, long target, Set<Long> seen) {
        if (!seen.add(indicatorId)) {
            return false;
        }
        Indicator indicator = catalogue.indicator(indicatorId).orElseThrow();
        if (!indicator.isComputed()) {
            return false;
        }
        for (String input : Formula.parse(indicator.formula()).inputs()) {
            Optional<Indicator> used = catalogue.indicator(input);
            if (used.isPresent() && (used.get().id() == target || dependsOn(used.get().id(), target, seen))) {
                return true;
            }
        }
        return false;
    }
}
