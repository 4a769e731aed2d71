package org.crossroads.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language comes from {@code ?lang=} (remembered in a cookie), else from the browser's
 * Accept-Language, else English; only the four interface languages are ever chosen.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("crossroads-lang") {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return Languages.supportedOrEnglish(super.resolveLocale(request));
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                super.setLocale(request, response, locale == null ? null : Languages.supportedOrEnglish(locale));
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> Languages.supportedOrEnglish(request.getLocale()));
        return resolver;
    }

    /** Replaces Spring Boot's message source with one that formats plural forms ({@link IcuMessageSource}). */
    @Bean
    MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames,
            @Value("${spring.messages.encoding:UTF-8}") String encoding) {
        IcuMessageSource messages = new IcuMessageSource();
        messages.setBasenames(basenames);
        messages.setDefaultEncoding(encoding);
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
