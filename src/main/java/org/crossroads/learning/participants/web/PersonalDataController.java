package org.crossroads.learning.participants.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crossroads.learning.participants.Participant;
import org.crossroads.learning.participants.PersonalData;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A person's own data through their personal link: see it, download it, have it erased. */
@Controller
class PersonalDataController {

    private final PersonalData personalData;

    PersonalDataController(PersonalData personalData) {
        this.personalData = personalData;
    }

    @GetMapping("/me/{token}")
    String show(@PathVariable String token, HttpServletResponse response, Model model) {
        Optional<Participant> person = personalData.byLink(token);
        if (person.isEmpty()) {
            return invalid(response, model);
        }
        model.addAttribute("token", token);
        model.addAttribute("data", personalData.export(person.get()));
        model.addAttribute("person", person.get());
        return "learning/me";
    }

    @GetMapping(path = "/me/{token}/data.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> download(@PathVariable String token) {
        return personalData.byLink(token)
                .map(p -> ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"my-data.json\"")
                        .body(personalData.export(p)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/me/{token}/erase")
    String erase(@PathVariable String token, @RequestParam(required = false) String confirm, HttpServletResponse response,
            Model model) {
        Optional<Participant> person = personalData.byLink(token);
        if (person.isEmpty()) {
            return invalid(response, model);
        }
        if (!"yes".equals(confirm)) {
            model.addAttribute("confirmMissing", true);
            return show(token, response, model);
        }
        personalData.eraseOnRequest(person.get());
        model.addAttribute("messageKey", "learning.me.erased");
        return "shared/link-message";
    }

    private static String invalid(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("messageKey", "learning.link.invalid");
        return "shared/link-message";
    }
}
