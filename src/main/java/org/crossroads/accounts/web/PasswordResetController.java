package org.crossroads.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.crossroads.accounts.PasswordLinks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A forgotten password: the person gives their username or address and receives a single-use link, which opens
 * the page where they choose a new password. The answer is the same whether or not an account matched.
 */
@Controller
class PasswordResetController {

    private final PasswordLinks links;

    PasswordResetController(PasswordLinks links) {
        this.links = links;
    }

    @GetMapping("/password-reset")
    String ask() {
        return "accounts/reset-ask";
    }

    @PostMapping("/password-reset")
    String send(@RequestParam(defaultValue = "") String account, Model model) {
        links.requestReset(account);
        model.addAttribute("sent", true);
        return "accounts/reset-ask";
    }

    @GetMapping("/password-reset/{token}")
    String choose(@PathVariable String token, Model model, HttpServletResponse response) {
        return links.open(token).map(link -> choosePage(token, link, Map.of(), model)).orElseGet(() -> closed(model, response));
    }

    @PostMapping("/password-reset/{token}")
    String set(@PathVariable String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeated, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var link = links.open(token);
        Map<String, List<String>> errors = links.choose(token, password, repeated);
        if (errors.containsKey("link") || link.isEmpty()) {
            return closed(model, response);
        }
        if (!errors.isEmpty()) {
            return choosePage(token, link.get(), errors, model);
        }
        redirect.addFlashAttribute("passwordSet", true);
        return "redirect:/login";
    }

    private String choosePage(String token, PasswordLinks.OpenLink link, Map<String, List<String>> errors, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("link", link);
        model.addAttribute("errors", errors);
        return "accounts/reset-choose";
    }

    /** A used, expired or unknown link: 404, as for any wrong token, with the form to ask for a new one. */
    private String closed(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("closed", true);
        return "accounts/reset-ask";
    }
}
