package org.crossroads.inventory;

import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.Editor;

/**
 * Records of modules that depend on the inventory counted per GCM objective, shown beside the search page's GCM
 * objective facet with a link to their list (commitments' pledges: "3 pledges"). The inventory cannot depend on
 * those modules; the page asks every bean that implements this.
 */
@org.springframework.modulith.NamedInterface("api")
public interface RecordsPerObjective {

    /** The message key of a count of these records, e.g. {@code commitments.facet.pledges} ("{0} pledges"). */
    String countKey();

    /** GCM objective code → how many of these records the reader may see serve it. */
    Map<String, Long> countsByGcmObjective(Optional<Editor> reader);

    /** Where the reader finds those of one objective, e.g. {@code /pledges?gcm=15}. */
    String href(String objective);
}
