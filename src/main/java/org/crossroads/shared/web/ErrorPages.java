package org.crossroads.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container's error dispatch (an unknown address, a request refused before any controller, an exception
 * no handler caught), answered like every other error: a page in the reader's language or an API problem.
 * Replaces Spring Boot's default error controller.
 */
@Controller
class ErrorPages implements ErrorController {

    private final ErrorResponses responses;

    ErrorPages(ErrorResponses responses) {
        this.responses = responses;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, Locale locale) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // /error asked for directly is not a page
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : HttpStatus.NOT_FOUND;
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String parameter = (String) request.getAttribute(InputScreening.PARAMETER);
        String reason = (String) request.getAttribute(InputScreening.REASON);
        return responses.answer(request, status, parameter, reason, locale);
    }
}
