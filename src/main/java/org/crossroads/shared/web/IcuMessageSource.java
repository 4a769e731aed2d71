package org.crossroads.shared.web;

import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The application's messages (messages/*.properties), formatted by ICU instead of {@code
 * java.text.MessageFormat} so that counts take plural forms in every language ({@link MessagePatterns}).
 * Patterns without arguments are returned as written, as Spring does.
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null || ObjectUtils.isEmpty(args)) {
            return super.getMessageInternal(code, args, locale);
        }
        Locale language = locale == null ? Locale.ENGLISH : locale;
        String pattern = resolveCodeWithoutArguments(code, language);
        if (pattern == null) {
            return super.getMessageInternal(code, args, locale);
        }
        return MessagePatterns.format(pattern, language, resolveArguments(args, language));
    }

    @Override
    protected String formatMessage(String message, Object[] args, Locale locale) {
        if (message == null || ObjectUtils.isEmpty(args)) {
            return super.formatMessage(message, args, locale);
        }
        return MessagePatterns.format(message, locale, resolveArguments(args, locale));
    }
}
