package org.crossroads;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application maps, read from Spring's handler mappings, so that tests enumerating routes
 * cover a new one without being told. A mapping without a method condition answers every method: it is
 * listed as GET and POST.
 */
public final class MappedRoutes {

    private MappedRoutes() {
    }

    /**
     * @param pattern as mapped, e.g. {@code /initiatives/{id:\d+}}
     * @param upload whether the handler takes a file (a form posted as multipart)
     */
    public record Route(String method, String pattern, boolean upload) {

        @Override
        public String toString() {
            return method + " " + pattern;
        }

        /** The path variables' names, in order. */
        public List<String> variables() {
            List<String> names = new ArrayList<>();
            int i = 0;
            while ((i = pattern.indexOf('{', i)) >= 0) {
                int end = closing(pattern, i);
                String inner = pattern.substring(i + 1, end);
                int colon = inner.indexOf(':');
                names.add((colon < 0 ? inner : inner.substring(0, colon)).replace("*", ""));
                i = end + 1;
            }
            return names;
        }

        /** The path with each variable replaced by the value given for its name (missing ones by "1"). */
        public String path(Map<String, String> values) {
            StringBuilder path = new StringBuilder();
            int i = 0;
            int start;
            while ((start = pattern.indexOf('{', i)) >= 0) {
                path.append(pattern, i, start);
                int end = closing(pattern, start);
                String inner = pattern.substring(start + 1, end);
                int colon = inner.indexOf(':');
                String name = (colon < 0 ? inner : inner.substring(0, colon)).replace("*", "");
                path.append(values.getOrDefault(name, "1"));
                i = end + 1;
            }
            return path.append(pattern.substring(i)).toString().replace("/**", "/x").replace("**", "x").replace("*", "x");
        }

        private static int closing(String pattern, int open) {
            int depth = 0;
            for (int i = open; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return i;
                }
            }
            throw new IllegalArgumentException(pattern);
        }
    }

    public static List<Route> of(RequestMappingHandlerMapping mapping) {
        return of(mapping, handler -> true);
    }

    /** The routes whose handlers {@code handled} accepts (a module's, say). */
    public static List<Route> of(RequestMappingHandlerMapping mapping, Predicate<HandlerMethod> handled) {
        Set<Route> routes = new TreeSet<>(Comparator.comparing(Route::pattern).thenComparing(Route::method));
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            if (!handled.test(entry.getValue())) {
                continue;
            }
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<String> names = methods.isEmpty() ? List.of("GET", "POST") : methods.stream().map(Enum::name).toList();
            for (String pattern : info.getPatternValues()) {
                boolean upload = java.util.Arrays.stream(entry.getValue().getMethodParameters())
                        .anyMatch(p -> org.springframework.web.multipart.MultipartFile.class.isAssignableFrom(p.getParameterType()));
                names.forEach(m -> routes.add(new Route(m, pattern, upload)));
            }
        }
        return new ArrayList<>(routes);
    }

    /** The patterns a reader can GET (a mapping without a method condition included), each once. */
    public static List<String> readPatterns(RequestMappingHandlerMapping mapping) {
        return readPatterns(mapping, handler -> true);
    }

    /** The patterns a reader can GET whose handlers are in {@code basePackage} or below (one module's routes). */
    public static List<String> readPatterns(RequestMappingHandlerMapping mapping, String basePackage) {
        return readPatterns(mapping, handler -> {
            String p = handler.getBeanType().getPackageName();
            return p.equals(basePackage) || p.startsWith(basePackage + ".");
        });
    }

    private static List<String> readPatterns(RequestMappingHandlerMapping mapping, Predicate<HandlerMethod> handled) {
        return of(mapping, handled).stream().filter(r -> r.method().equals("GET")).map(Route::pattern).distinct().toList();
    }
}
