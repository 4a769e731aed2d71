package org.crossroads.audit.web;

import java.util.Map;
import org.crossroads.audit.AuditTrail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The latest changes across all records, for administrators (path secured under /admin). */
@Controller
class AuditController {

    private static final Map<String, String> LINKS = Map.of("initiative", "/initiatives/", "organisation", "/organisations/",
            "place", "/cities/");

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String recent(Model model) {
        model.addAttribute("entries", audit.recent(200));
        model.addAttribute("links", LINKS);
        return "audit/recent";
    }
}
