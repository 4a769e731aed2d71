package org.crossroads.shared.mail.web;

import java.time.OffsetDateTime;
import org.crossroads.shared.mail.MailOutbox;
import org.crossroads.shared.mail.MailSettings;
import org.crossroads.shared.mail.OutboxDispatcher;
import org.crossroads.shared.mail.OutboxEntry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The outbox for administrators: what waits, what failed and why, and a button to send now (path secured under /admin). */
@Controller
class MailOutboxController {

    private static final int SHOWN = 50;

    private final MailOutbox outbox;
    private final OutboxDispatcher dispatcher;
    private final MailSettings settings;

    MailOutboxController(MailOutbox outbox, OutboxDispatcher dispatcher, MailSettings settings) {
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.settings = settings;
    }

    @GetMapping("/admin/mail")
    String outbox(Model model) {
        model.addAttribute("status", outbox.status());
        model.addAttribute("entries", outbox.recent(SHOWN).stream().map(Row::of).toList());
        model.addAttribute("scheduled", settings.enabled());
        return "shared/mail-outbox";
    }

    @PostMapping("/admin/mail/dispatch")
    String dispatch(RedirectAttributes redirect) {
        redirect.addFlashAttribute("dispatched", dispatcher.dispatchDue());
        return "redirect:/admin/mail";
    }

    /** Enough of the address to recognise it, not to harvest it: first letter and domain ({@code f***@example.org}). */
    static String masked(String address) {
        int at = address.lastIndexOf('@');
        if (at < 1) {
            return "***";
        }
        return address.charAt(0) + "***" + address.substring(at);
    }

    record Row(String recipient, String subject, String purpose, String state, int attempts, String lastError,
            OffsetDateTime createdAt) {

        static Row of(OutboxEntry e) {
            return new Row(masked(e.recipient()), e.subject(), e.purpose(), e.state().name(), e.attempts(), e.lastError(),
                    e.createdAt());
        }
    }
}
