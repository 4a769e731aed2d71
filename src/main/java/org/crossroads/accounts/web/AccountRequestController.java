package org.crossroads.accounts.web;

import org.crossroads.shared.web.RecordNotFoundException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.AccountAdministration;
import org.crossroads.accounts.AccountRequests;
import org.crossroads.accounts.Affiliations;
import org.crossroads.accounts.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Request an account" from the login page, and the administrators' page where one request is accepted (as an
 * account whose holder then chooses a password through a link) or declined.
 */
@Controller
class AccountRequestController {

    private final AccountRequests requests;
    private final Affiliations affiliations;

    AccountRequestController(AccountRequests requests, Affiliations affiliations) {
        this.requests = requests;
        this.affiliations = affiliations;
    }

    @GetMapping("/request-account")
    String form(Model model) {
        return formPage(new AccountRequests.Form("", "", Role.CONTRIBUTOR.name(), "", "", "", false), Map.of(), model);
    }

    @PostMapping("/request-account")
    String submit(@ModelAttribute("form") AccountRequests.Form form, Locale locale, Model model) {
        Map<String, List<String>> errors = requests.submit(form, locale.getLanguage());
        if (!errors.isEmpty()) {
            return formPage(form, errors, model);
        }
        model.addAttribute("received", true);
        return "accounts/request";
    }

    private String formPage(AccountRequests.Form form, Map<String, List<String>> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", AccountRequests.REQUESTABLE.stream().sorted().toList());
        model.addAttribute("networks", affiliations.networks());
        return "accounts/request";
    }

    @GetMapping("/admin/accounts/requests/{id}")
    String decide(@PathVariable long id, Model model) {
        AccountRequests.Request request = waiting(id);
        String username = request.email().substring(0, request.email().indexOf('@')).replaceAll("[^A-Za-z0-9._+-]", "");
        String organisation = request.role() == Role.NETWORK_COORDINATOR && request.networkName() != null
                ? request.networkName() : request.affiliation();
        return decidePage(request, new AccountAdministration.NewAccount(username, request.displayName(), "",
                request.role().name(), organisation, request.role() == Role.CITY_FOCAL_POINT ? request.affiliation() : ""),
                Map.of(), model);
    }

    @PostMapping("/admin/accounts/requests/{id}/accept")
    String accept(@PathVariable long id, @ModelAttribute("form") AccountAdministration.NewAccount form, Principal principal,
            Model model, RedirectAttributes redirect) {
        AccountRequests.Request request = waiting(id);
        Map<String, List<String>> errors = requests.accept(id, form, principal.getName());
        if (!errors.isEmpty()) {
            return decidePage(request, form, errors, model);
        }
        redirect.addFlashAttribute("notice", "accounts.requests.accepted");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/requests/{id}/decline")
    String decline(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        waiting(id);
        requests.decline(id, principal.getName());
        redirect.addFlashAttribute("notice", "accounts.requests.declined");
        return "redirect:/admin/accounts";
    }

    private AccountRequests.Request waiting(long id) {
        return requests.find(id).orElseThrow(() -> new RecordNotFoundException("account request", id));
    }

    private String decidePage(AccountRequests.Request request, AccountAdministration.NewAccount form,
            Map<String, List<String>> errors, Model model) {
        model.addAttribute("request", request);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Role.values());
        return "accounts/request-decide";
    }
}
