package org.crossroads.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
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
 * cannot be parsed. Such a request is refused with 400 naming the field (decision 0011); the error page or
 * API problem is rendered by {@link ErrorPages} on the container's error dispatch.
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
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
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
                    return true; // too large: Spring answers 413 (MaxUploadSizeExceededException)
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
}
