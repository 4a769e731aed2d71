package org.crossroads.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;

/**
 * Screens every request, before security and before any controller, for input no part of the application
 * can store or use: a NUL character in the path, a parameter name or value, a form field or an uploaded
 * file's name (PostgreSQL refuses NUL in text), text that is not valid UTF-8, and a multipart body that
 * cannot be parsed. Such a request is refused with 400 naming the field (decision 0011); a multipart body
 * over the upload limit ({@code spring.servlet.multipart.max-file-size}, {@code max-request-size}) with 413
 * naming the limit. The error page or API problem is rendered by {@link ErrorPages} on the container's
 * error dispatch.
 */
@Configuration(proxyBeanMethods = false)
class InputScreening {

    /** Request attributes that tell the error dispatch which field was refused and why. */
    static final String PARAMETER = InputScreening.class.getName() + ".parameter";
    static final String REASON = InputScreening.class.getName() + ".reason";

    @Bean
    FilterRegistrationBean<Filter> inputScreeningFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter());
        // after the character encoding filter (highest precedence), which must choose UTF-8 first;
        // before Spring Security, whose login form would otherwise look a NUL username up in the database
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        // also on the error dispatch, to hide a body too large to read from the error page (see Filter)
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        /** Marks a request whose body was over the upload limit and stays unread. */
        private static final String TOO_LARGE = InputScreening.class.getName() + ".tooLarge";

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }

        @Override
        protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            errorDispatch(request, response, chain);
        }

        /**
         * The error page of a body too large to read is rendered without it: Tomcat answers every later
         * read of its parameters with an exception, and the error page reads them (the language, the links).
         * Nothing else is screened again.
         */
        private static void errorDispatch(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(request.getAttribute(TOO_LARGE) != null ? new WithoutBody(request) : request, response);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getDispatcherType() == DispatcherType.ERROR) {
                errorDispatch(request, response, chain);
                return;
            }
            if (hasNul(request.getRequestURI()) || hasNul(request.getServletPath())
                    || (request.getPathInfo() != null && hasNul(request.getPathInfo()))) {
                refuse(request, response, "path", "error.400.nul");
                return;
            }
            if (isMultipart(request) && !partsAreReadable(request, response)) {
                return;
            }
            Map<String, String[]> parameters;
            try {
                parameters = request.getParameterMap();
            } catch (IllegalStateException e) {
                // Tomcat refuses a parameter that is not valid UTF-8 (%FF, %C3%28) when the map is first read
                refuse(request, response, null, "error.400.encoding");
                return;
            }
            for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
                if (hasNul(parameter.getKey())) {
                    refuse(request, response, parameter.getKey(), "error.400.nul");
                    return;
                }
                for (String value : parameter.getValue()) {
                    if (hasNul(value)) {
                        refuse(request, response, parameter.getKey(), "error.400.nul");
                        return;
                    }
                    if (value.indexOf('\uFFFD') >= 0 && isMultipart(request)) {
                        // multipart fields are decoded leniently: bytes that are not UTF-8 became U+FFFD
                        refuse(request, response, parameter.getKey(), "error.400.encoding");
                        return;
                    }
                }
            }
            chain.doFilter(request, response);
        }

        private static boolean partsAreReadable(HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            try {
                for (Part part : request.getParts()) {
                    String fileName = part.getSubmittedFileName();
                    if (part.getName() == null || hasNul(part.getName())) {
                        refuse(request, response, part.getName(), "error.400.nul");
                        return false;
                    }
                    if (fileName != null && (hasNul(fileName) || fileName.indexOf('\uFFFD') >= 0)) {
                        refuse(request, response, part.getName(), "error.400.fileName");
                        return false;
                    }
                }
                return true;
            } catch (IllegalStateException e) {
                if (isSizeLimit(e)) {
                    // answered here, before Spring Security: its CSRF check would find no token in a body it
                    // cannot read and answer 403. The container then reads and discards the rest of the body
                    // (server.tomcat.max-swallow-size), so that a browser, which sends the whole file before
                    // it reads the answer, gets the page rather than a reset connection.
                    request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new MultipartException("Upload too large", e));
                    request.setAttribute(TOO_LARGE, Boolean.TRUE);
                    response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                    return false;
                }
                malformed(request, response, e);
                return false;
            } catch (IOException | ServletException e) {
                malformed(request, response, e);
                return false;
            }
        }

        private static void malformed(HttpServletRequest request, HttpServletResponse response, Exception e)
                throws IOException {
            // marks the request so that the error dispatch does not try to parse the body again
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new MultipartException("Malformed multipart form", e));
            refuse(request, response, null, "error.400.multipart");
        }

        private static boolean isSizeLimit(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                String name = cause.getClass().getSimpleName();
                if (name.endsWith("SizeLimitExceededException") || name.endsWith("SizeException")) {
                    return true;
                }
            }
            return false;
        }

        private static void refuse(HttpServletRequest request, HttpServletResponse response, String parameter, String reason)
                throws IOException {
            request.setAttribute(PARAMETER, parameter);
            request.setAttribute(REASON, reason);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }

        private static boolean isMultipart(HttpServletRequest request) {
            String type = request.getContentType();
            return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        }

        private static boolean hasNul(String text) {
            return text != null && text.indexOf('\0') >= 0;
        }
    }

    /**
     * A request as if it had no body: no parameters (not even the query string's, which Tomcat no longer
     * gives once the body failed) and no parts, only its address, headers and session.
     */
    static final class WithoutBody extends HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
