package org.crossroads.accounts.web;

import org.crossroads.shared.web.RecordNotFoundException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.crossroads.accounts.AccountAdministration;
import org.crossroads.accounts.AccountRequests;
import org.crossroads.accounts.Affiliations;
import org.crossroads.accounts.LoginThrottle;
import org.crossroads.accounts.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators create editor accounts with their role and affiliation, see the requests for an account waiting
 * for them, disable accounts, and lift login pauses (on an account or a client address) before they run out.
 */
@Controller
class AccountsController {

    private final AccountAdministration administration;
    private final Affiliations affiliations;
    private final LoginThrottle throttle;
    private final AccountRequests requests;

    AccountsController(AccountAdministration administration, Affiliations affiliations, LoginThrottle throttle,
            AccountRequests requests) {
        this.requests = requests;
        this.administration = administration;
        this.affiliations = affiliations;
        this.throttle = throttle;
    }

    @GetMapping("/admin/accounts")
    String list(Model model) {
        return page(new AccountAdministration.NewAccount("", "", "", Role.CONTRIBUTOR.name(), "", ""), Map.of(), model);
    }

    @PostMapping("/admin/accounts")
    String create(@ModelAttribute("form") AccountAdministration.NewAccount form, Principal principal, Model model,
            RedirectAttributes redirect) {
        Map<String, List<String>> errors = administration.create(form, principal.getName());
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

    @PostMapping("/admin/accounts/{id}/lift-pause")
    String lift(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        if (administration.accounts().stream().noneMatch(a -> a.id() == id)) {
            throw new RecordNotFoundException("account", id);
        }
        throttle.lift(id, principal.getName());
        redirect.addFlashAttribute("notice", "accounts.admin.pauseLifted");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/lift-address-pause")
    String liftAddress(@RequestParam String address, Principal principal, RedirectAttributes redirect) {
        throttle.liftAddress(address.strip(), principal.getName());
        redirect.addFlashAttribute("notice", "accounts.admin.pauseLifted");
        return "redirect:/admin/accounts";
    }

    private String page(AccountAdministration.NewAccount form, Map<String, List<String>> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Role.values());
        model.addAttribute("requests", requests.waiting());
        List<LoginThrottle.Pause> pauses = throttle.pauses();
        model.addAttribute("addressPauses", pauses.stream().filter(p -> "address".equals(p.kind())).toList());
        List<String> pausedAccounts = pauses.stream().filter(p -> "account".equals(p.kind())).map(LoginThrottle.Pause::who).toList();
        model.addAttribute("accounts", administration.accounts().stream().map(a -> new Row(a.id(), a.username(),
                a.displayName(), a.role().name(), a.organisationId() == null ? "" : affiliations.organisationName(a.organisationId()).orElse(""),
                a.placeId() == null ? "" : affiliations.placeName(a.placeId()).orElse(""), a.enabled(),
                pausedAccounts.contains(a.username().toLowerCase(java.util.Locale.ROOT)))).toList());
        return "accounts/admin";
    }

    record Row(long id, String username, String displayName, String role, String organisation, String place, boolean enabled,
            boolean paused) {}
}
