package org.crossroads.shared.demo.web;

import java.security.Principal;
import org.crossroads.shared.demo.Demonstration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators see what demonstration data are present, add them, and remove them in one step. */
@Controller
class DemonstrationController {

    private final Demonstration demonstration;

    DemonstrationController(Demonstration demonstration) {
        this.demonstration = demonstration;
    }

    @GetMapping("/admin/demo")
    String page(Model model) {
        model.addAttribute("counts", demonstration.counts());
        return "shared/demo";
    }

    @PostMapping("/admin/demo/add")
    String add(Principal principal, RedirectAttributes redirect) {
        demonstration.add(principal.getName());
        redirect.addFlashAttribute("notice", "demo.added");
        return "redirect:/admin/demo";
    }

    @PostMapping("/admin/demo/remove")
    String remove(Principal principal, RedirectAttributes redirect) {
        demonstration.remove(principal.getName());
        redirect.addFlashAttribute("notice", "demo.removed");
        return "redirect:/admin/demo";
    }
}
