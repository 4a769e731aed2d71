package org.crossroads.accounts.web;

import java.security.Principal;
import java.util.Map;
import org.crossroads.accounts.AccountAdministration;
import org.crossroads.accounts.Affiliations;
import org.crossroads.accounts.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create editor accounts with their role and affiliation, and disable them. */
@Controller
class AccountsController {

    private final AccountAdministration administration;
    private final Affiliations affiliations;

    AccountsController(AccountAdministration administration, Affiliations affiliations) {
        this.administration = administration;
        this.affiliations = affiliations;
    }

    @GetMapping("/admin/accounts")
    String list(Model model) {
        return page(new AccountAdministration.NewAccount("", "", "", Role.CONTRIBUTOR.name(), "", ""), Map.of(), model);
    }

    @PostMapping("/admin/accounts")
    String create(@ModelAttribute("form") AccountAdministration.NewAccount form, Principal principal, Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = administration.create(form, principal.getName());
        if (!errors.isEmpty()) {
            return page(new AccountAdministration.NewAccount(form.username(), form.displayName(), "", form.role(),
                    form.organisation(), form.place()), errors, model);
        }
        redirect.addFlashAttribute("notice", "accounts.admin.created");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled, Principal principal) {
        administration.setEnabled(id, enabled, principal.getName());
        return "redirect:/admin/accounts";
    }

    private String page(AccountAdministration.NewAccount form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Role.values());
        model.addAttribute("accounts", administration.accounts().stream().map(a -> new Row(a.id(), a.username(),
                a.displayName(), a.role().name(), a.organisationId() == null ? "" : affiliations.organisationName(a.organisationId()).orElse(""),
                a.placeId() == null ? "" : affiliations.placeName(a.placeId()).orElse(""), a.enabled())).toList());
        return "accounts/admin";
    }

    record Row(long id, String username, String displayName, String role, String organisation, String place, boolean enabled) {}
}
