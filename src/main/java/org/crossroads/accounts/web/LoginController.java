package org.crossroads.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    /** @param paused minutes to wait after too many failed logins (decision 0010) */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String paused, Model model) {
        if (paused != null && paused.matches("\\d{1,5}")) {
            model.addAttribute("pausedMinutes", Integer.parseInt(paused));
        }
        return "accounts/login";
    }
}
