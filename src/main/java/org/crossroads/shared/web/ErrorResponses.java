package org.crossroads.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import tools.jackson.databind.json.JsonMapper;

/**
 * One way to answer a request that cannot be served: an API request ({@code /api/**} or one that asks only
 * for JSON) gets an RFC 9457 problem in JSON, a page request the error page in the reader's language. Both
 * name the parameter at fault when there is one.
 */
@Component
class ErrorResponses {

    private static final Set<Integer> PAGES = Set.of(400, 403, 404, 413, 500);

    private final MessageSource messages;
    private final JsonMapper json;
    private final LayoutModel layout;
    /** The largest file an upload may hold, in MB as the 413 answer names it (digits 0–9 in every language). */
    private final String uploadLimit;

    ErrorResponses(MessageSource messages, JsonMapper json, LayoutModel layout, MultipartProperties multipart) {
        this.messages = messages;
        this.json = json;
        this.layout = layout;
        this.uploadLimit = String.valueOf(multipart.getMaxFileSize().toMegabytes());
    }

    /**
     * @param parameter the parameter, field or path variable at fault, or null
     * @param messageKey the explanation (a message taking the parameter as {0}), or null for the status's general text
     */
    ModelAndView answer(HttpServletRequest request, HttpStatus status, String parameter, String messageKey, Locale locale) {
        return answer(request, status, parameter, messageKey, null, locale);
    }

    /** As above; an API client gets {@code apiDetail} (more precise, in English) when there is one. */
    ModelAndView answer(HttpServletRequest request, HttpStatus status, String parameter, String messageKey, String apiDetail,
                        Locale locale) {
        String shown = parameter == null ? null : printable(parameter);
        boolean tooLarge = status == HttpStatus.CONTENT_TOO_LARGE;
        // a body too large, whoever noticed it (the screening filter, Spring, the container), names the limit
        String key = tooLarge && messageKey == null ? "error.413.text" : messageKey;
        String detail = key == null ? null : messages.getMessage(key, new Object[] {tooLarge ? uploadLimit : shown}, locale);
        ModelAndView answer = isApi(request) ? problem(request, status, shown, apiDetail != null ? apiDetail : detail, locale)
                : page(request, status, shown, detail, locale);
        answer.setStatus(status);
        return answer;
    }

    private ModelAndView page(HttpServletRequest request, HttpStatus status, String parameter, String detail, Locale locale) {
        int code = status.value();
        String view = PAGES.contains(code) ? "error/" + code : status.is5xxServerError() ? "error/500" : "error/400";
        ModelAndView page = new ModelAndView(view);
        // exception handlers and the error dispatch get no @ModelAttribute values: add what the layout needs
        page.addObject("textDirection", layout.textDirection(locale));
        page.addObject("languageLinks", layout.languageLinks(request, locale));
        page.addObject("mapSettings", layout.mapSettings());
        page.addObject("parameter", parameter);
        page.addObject("detail", detail);
        return page;
    }

    private ModelAndView problem(HttpServletRequest request, HttpStatus status, String parameter, String detail, Locale locale) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", parameter == null ? status.getReasonPhrase() : "Bad parameter: " + parameter);
        problem.put("status", status.value());
        problem.put("detail", detail != null ? detail
                : messages.getMessage("error." + (PAGES.contains(status.value()) ? status.value() : 400) + ".text", null, locale));
        problem.put("instance", printable(path(request)));
        if (parameter != null) {
            problem.put("parameter", parameter);
        }
        View view = (model, req, response) -> {
            response.setStatus(status.value());
            response.setContentType("application/problem+json");
            // JSON is UTF-8 by definition (RFC 8259): no charset parameter, whatever encoding the request chose
            response.setCharacterEncoding((String) null);
            json.writeValue(response.getOutputStream(), problem);
        };
        return new ModelAndView(view);
    }

    /** API requests answer in JSON: the API's paths, and clients that accept JSON but not HTML. */
    static boolean isApi(HttpServletRequest request) {
        String path = path(request);
        String accept = request.getHeader("Accept");
        return path.startsWith("/api/") || path.endsWith(".json") || path.endsWith(".geojson")
                || (accept != null && accept.contains("json") && !accept.contains("text/html"));
    }

    /** The path the client asked for (on an error dispatch, the original one rather than /error). */
    private static String path(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String s ? s : request.getRequestURI();
        return uri.substring(request.getContextPath().length());
    }

    /** A name quoted back to the reader, with control characters made visible and length bounded. */
    static String printable(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(80).forEach(c -> {
            if (c == 0) {
                shown.append("\\0");
            } else if (Character.isISOControl(c)) {
                shown.append('?');
            } else {
                shown.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > 80 ? shown + "…" : shown.toString();
    }
}
