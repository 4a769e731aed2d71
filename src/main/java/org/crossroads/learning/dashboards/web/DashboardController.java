package org.crossroads.learning.dashboards.web;

import org.crossroads.shared.web.RecordNotFoundException;
import java.util.Locale;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.learning.LearningPermissions;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboards of an event, a city and a network, as pages, CSV and PDF. Public: small counts are
 * suppressed unless the reader organises the event, works for the city or coordinates the network.
 */
@Controller
class DashboardController {

    private final Dashboards dashboards;
    private final DashboardExports exports;
    private final LearningEvents events;
    private final LearningPermissions permissions;
    private final CurrentEditor currentEditor;

    DashboardController(Dashboards dashboards, DashboardExports exports, LearningEvents events,
            LearningPermissions permissions, CurrentEditor currentEditor) {
        this.dashboards = dashboards;
        this.exports = exports;
        this.events = events;
        this.permissions = permissions;
        this.currentEditor = currentEditor;
    }

    @GetMapping("/events/{id:\\d+}/dashboard")
    String event(@PathVariable long id, Locale locale, Model model) {
        return page(dashboards.event(id, suppressForEvent(id), locale), model);
    }

    @GetMapping("/events/{id:\\d+}/dashboard.{format:csv|pdf}")
    ResponseEntity<byte[]> eventExport(@PathVariable long id, @PathVariable String format, Locale locale) {
        return export(dashboards.event(id, suppressForEvent(id), locale), format, "event-" + id, locale);
    }

    @GetMapping("/cities/{id:\\d+}/learning")
    String city(@PathVariable long id, Locale locale, Model model) {
        return page(dashboards.city(id, suppressForCity(id), locale), model);
    }

    @GetMapping("/cities/{id:\\d+}/learning.{format:csv|pdf}")
    ResponseEntity<byte[]> cityExport(@PathVariable long id, @PathVariable String format, Locale locale) {
        return export(dashboards.city(id, suppressForCity(id), locale), format, "city-" + id, locale);
    }

    @GetMapping({"/learning/network", "/learning/network/{organisation:\\d+}"})
    String network(@PathVariable(required = false) Long organisation, Locale locale, Model model) {
        return page(dashboards.network(organisation, suppressForNetwork(organisation), locale), model);
    }

    @GetMapping({"/learning/network.{format:csv|pdf}", "/learning/network/{organisation:\\d+}.{format:csv|pdf}"})
    ResponseEntity<byte[]> networkExport(@PathVariable(required = false) Long organisation, @PathVariable String format,
            Locale locale) {
        return export(dashboards.network(organisation, suppressForNetwork(organisation), locale), format,
                "network-" + (organisation == null ? "all" : organisation), locale);
    }

    private String page(Dashboard dashboard, Model model) {
        model.addAttribute("dashboard", dashboard);
        return "learning/dashboard";
    }

    private ResponseEntity<byte[]> export(Dashboard dashboard, String format, String name, Locale locale) {
        boolean pdf = "pdf".equals(format);
        byte[] body = pdf ? exports.pdf(dashboard, locale) : exports.csv(dashboard);
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("crossroads-" + name + "." + format).build().toString())
                .body(body);
    }

    private boolean suppressForEvent(long id) {
        var event = events.find(id).orElseThrow(() -> new RecordNotFoundException("event", id));
        return currentEditor.get().map(e -> !permissions.mayRunEvent(e, event)).orElse(true);
    }

    private boolean suppressForCity(long placeId) {
        return currentEditor.get().map(e -> !(e.role() == Role.ADMINISTRATOR || e.role() == Role.NETWORK_COORDINATOR
                || e.placeId() != null && e.placeId() == placeId)).orElse(true);
    }

    private boolean suppressForNetwork(Long organisationId) {
        return currentEditor.get().map(e -> !(e.role() == Role.ADMINISTRATOR
                || e.role() == Role.NETWORK_COORDINATOR && organisationId != null && organisationId.equals(e.organisationId())))
                .orElse(true);
    }
}
