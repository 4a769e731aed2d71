package org.crossroads.indexes.web;

import org.crossroads.shared.web.RecordNotFoundException;
import org.crossroads.indexes.IndexVersion;
import org.crossroads.indexes.SelfAssessmentIndex;
import org.crossroads.indexes.SelfAssessmentIndexes;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.springframework.stereotype.Component;

/** Finds what a path names, or answers 404. */
@Component
class IndexLookup {

    private final SelfAssessmentIndexes indexes;
    private final Places places;

    IndexLookup(SelfAssessmentIndexes indexes, Places places) {
        this.indexes = indexes;
        this.places = places;
    }

    SelfAssessmentIndex index(String code) {
        return indexes.findByCode(code).orElseThrow(() -> new RecordNotFoundException("index", code));
    }

    IndexVersion version(SelfAssessmentIndex index, int number) {
        return indexes.version(index.id(), number).orElseThrow(() -> new RecordNotFoundException("version of index " + index.code(), number));
    }

    Place place(long id) {
        return places.find(id).orElseThrow(() -> new RecordNotFoundException("place", id));
    }
}
