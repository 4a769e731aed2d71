package org.crossroads.accounts.web;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.OwnAccount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Signed-in editors give the name the public sees (asked once of accounts made before display names
 * existed, right after logging in), change their password, and say where and in which language the platform
 * writes to them.
 */
@Controller
class OwnAccountController {

    private static final String NAME_PENDING = OwnAccount.DISPLAY_NAME_PENDING;

    private final OwnAccount ownAccount;
    private final CurrentEditor currentEditor;
    private final Accounts accounts;

    OwnAccountController(OwnAccount ownAccount, CurrentEditor currentEditor, Accounts accounts) {
        this.ownAccount = ownAccount;
        this.currentEditor = currentEditor;
        this.accounts = accounts;
    }

    @GetMapping("/account/name")
    String name(Model model, HttpSession session) {
        Editor editor = currentEditor.get().orElseThrow();
        boolean pending = session.getAttribute(NAME_PENDING) != null;
        // an older account's display name is its username: offer an empty field rather than the login name
        String current = editor.displayName().equalsIgnoreCase(editor.username()) ? "" : editor.displayName();
        return namePage(current, null, pending, model);
    }

    @PostMapping("/account/name")
    String saveName(@RequestParam(defaultValue = "") String displayName, Principal principal, HttpSession session,
            Model model, RedirectAttributes redirect) {
        String problem = ownAccount.setDisplayName(principal.getName(), displayName);
        if (problem != null) {
            return namePage(displayName, problem, session.getAttribute(NAME_PENDING) != null, model);
        }
        session.removeAttribute(NAME_PENDING);
        redirect.addFlashAttribute("notice", "accounts.own.nameSaved");
        return "redirect:/account/name";
    }

    @GetMapping("/account/password")
    String password(Model model) {
        model.addAttribute("errors", Map.of());
        return "accounts/password";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeated, Principal principal, Model model, RedirectAttributes redirect) {
        Map<String, List<String>> errors = ownAccount.changePassword(principal.getName(), current, password, repeated);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return "accounts/password";
        }
        redirect.addFlashAttribute("notice", "accounts.own.passwordChanged");
        return "redirect:/account/password";
    }

    @GetMapping("/account/contact")
    String contact(Principal principal, Model model) {
        var contact = accounts.contactDetails(principal.getName()).orElseThrow();
        return contactPage(contact.email(), contact.language(), Map.of(), model);
    }

    @PostMapping("/account/contact")
    String saveContact(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String language,
            Principal principal, Model model, RedirectAttributes redirect) {
        Map<String, List<String>> errors = ownAccount.setContact(principal.getName(), email, language);
        if (!errors.isEmpty()) {
            return contactPage(email, language, errors, model);
        }
        redirect.addFlashAttribute("notice", "accounts.own.contactSaved");
        return "redirect:/account/contact";
    }

    private String contactPage(String email, String language, Map<String, List<String>> errors, Model model) {
        model.addAttribute("email", email);
        model.addAttribute("language", language);
        model.addAttribute("languages", OwnAccount.LANGUAGES);
        model.addAttribute("errors", errors);
        return "accounts/contact";
    }

    private String namePage(String displayName, String error, boolean pending, Model model) {
        model.addAttribute("displayName", displayName);
        model.addAttribute("error", error);
        model.addAttribute("pending", pending);
        return "accounts/name";
    }
}
