package org.crossroads;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.BeanUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.condition.NameValueExpression;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application maps, read from Spring's handler mappings, so that tests enumerating routes
 * (who may use which, hostile input, what the public sees) cover a new one without being told: its method,
 * path pattern, the request parameters its handler declares (directly or as fields of a form record) and its
 * file parts. A mapping without a method condition answers every method: it is listed as GET and POST.
 *
 * <p>Two enumerations: {@link #of(RequestMappingHandlerMapping)} lists each method and pattern of the
 * application's own mapping once (what a table of routes has one row for); {@link #of(ApplicationContext)}
 * reads every handler mapping of the context and keeps apart mappings of one pattern told apart by a fixed
 * request parameter ({@code params = "action=import"}), since each is a handler of its own to probe.
 */
public record MappedRoutes(List<Route> routes) {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([A-Za-z0-9_]+)(?::[^{}]*(?:\\{[^{}]*\\}[^{}]*)*)?\\}");

    /**
     * One HTTP method on one path pattern, with what its handler reads from the request.
     *
     * @param pattern as mapped, e.g. {@code /initiatives/{id:\d+}}
     * @param fixedParameters parameters the mapping requires ({@code params = "action=import"}), with their values
     */
    public record Route(String method, String pattern, List<String> pathVariables, Map<String, Class<?>> variableTypes,
                        List<String> parameters, boolean readsAnyParameter, List<String> fileParts,
                        Map<String, String> fixedParameters, String handler) {

        /** The path variables' names, in order. */
        public List<String> variables() {
            return pathVariables;
        }

        /** Whether the handler takes a file (a form posted as multipart). */
        public boolean upload() {
            return !fileParts.isEmpty();
        }

        public boolean changesState() {
            return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
        }

        /** The path with each variable replaced by the value given for its name (missing ones by "1"). */
        public String path(Map<String, String> values) {
            return path(name -> values.getOrDefault(name, "1"));
        }

        /** The path with every variable replaced: the one named by {@code hostile} by that raw value, others plausibly. */
        public String path(String hostileVariable, String hostileValue) {
            return path(name -> name.equals(hostileVariable) ? hostileValue : plausible(name));
        }

        private String path(Function<String, String> value) {
            Matcher m = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(path, Matcher.quoteReplacement(value.apply(m.group(1))));
            }
            m.appendTail(path);
            return path.toString().replace("/**", "/x");
        }

        private String plausible(String name) {
            Class<?> type = variableTypes.getOrDefault(name, String.class);
            if (Number.class.isAssignableFrom(ClassUtils.resolvePrimitiveIfNecessary(type))) {
                // reads look at a record that exists; changes aim at one that does not, so the probe changes nothing
                return changesState() ? "999999999" : "1";
            }
            return name.toLowerCase().contains("token") ? "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdef" : "unknown-" + name;
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /** Every parameter name some handler declares: what a handler that takes a map of parameters is sent. */
    public Set<String> parameterNames() {
        Set<String> names = new TreeSet<>();
        routes.forEach(r -> names.addAll(r.parameters()));
        return names;
    }

    /** Each method and pattern the application's mapping answers, once, sorted by pattern then method. */
    public static List<Route> of(RequestMappingHandlerMapping mapping) {
        return of(mapping, handler -> true);
    }

    /** The routes whose handlers {@code handled} accepts (a module's, say), as {@link #of(RequestMappingHandlerMapping)}. */
    public static List<Route> of(RequestMappingHandlerMapping mapping, Predicate<HandlerMethod> handled) {
        Map<String, Route> routes = new TreeMap<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            if (!handled.test(handler)) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                for (String method : methods(info)) {
                    routes.putIfAbsent(pattern + "\n" + method, route(method, pattern, info, handler));
                }
            }
        });
        return new ArrayList<>(routes.values());
    }

    /**
     * Every route of every handler mapping in the context, a mapping told apart by a fixed request parameter
     * listed on its own; HEAD, OPTIONS and TRACE are left to the framework.
     */
    public static MappedRoutes of(ApplicationContext context) {
        Map<String, Route> routes = new LinkedHashMap<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                for (String pattern : info.getPatternValues()) {
                    for (String method : new TreeSet<>(methods(info))) {
                        if (method.equals("HEAD") || method.equals("OPTIONS") || method.equals("TRACE")) {
                            continue;
                        }
                        Route route = route(method, pattern, info, handler);
                        routes.putIfAbsent(route + " " + route.fixedParameters(), route);
                    }
                }
            });
        }
        return new MappedRoutes(List.copyOf(routes.values()));
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

    private static List<String> methods(RequestMappingInfo info) {
        Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
        return declared.isEmpty() ? List.of("GET", "POST") : declared.stream().map(Enum::name).toList();
    }

    private static Route route(String method, String pattern, RequestMappingInfo info, HandlerMethod handler) {
        List<String> variables = new ArrayList<>();
        Matcher m = VARIABLE.matcher(pattern);
        while (m.find()) {
            variables.add(m.group(1));
        }
        Map<String, Class<?>> variableTypes = new LinkedHashMap<>();
        Set<String> parameters = new LinkedHashSet<>();
        List<String> files = new ArrayList<>();
        boolean any = false;
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            Class<?> type = parameter.getParameterType();
            PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            RequestPart requestPart = parameter.getParameterAnnotation(RequestPart.class);
            if (pathVariable != null) {
                variableTypes.put(name(pathVariable.name(), pathVariable.value(), parameter), type);
            } else if (MultipartFile.class.isAssignableFrom(type) || requestPart != null) {
                files.add(requestParam != null ? name(requestParam.name(), requestParam.value(), parameter)
                        : requestPart != null ? name(requestPart.name(), requestPart.value(), parameter)
                        : parameter.getParameterName());
            } else if (requestParam != null) {
                if (Map.class.isAssignableFrom(type)) {
                    any = true; // the handler reads whatever parameters it finds
                } else {
                    parameters.add(name(requestParam.name(), requestParam.value(), parameter));
                }
            } else if (BeanUtils.isSimpleProperty(type) && !type.getName().startsWith("java.util.Locale")
                    && parameter.getParameterName() != null) {
                parameters.add(parameter.getParameterName());
            } else if (type.getName().startsWith("org.crossroads") || parameter.hasParameterAnnotation(ModelAttribute.class)) {
                parameters.addAll(formFields(type));
            }
        }
        Map<String, String> fixed = new LinkedHashMap<>();
        for (NameValueExpression<String> expression : info.getParamsCondition().getExpressions()) {
            if (!expression.isNegated()) {
                fixed.put(expression.getName(), expression.getValue() == null ? "1" : expression.getValue());
            }
        }
        parameters.removeAll(fixed.keySet());
        return new Route(method, pattern, List.copyOf(variables), variableTypes, List.copyOf(parameters), any,
                List.copyOf(files), fixed, handler.getShortLogMessage());
    }

    /** The request parameters a form object binds: a record's components or a bean's writable properties. */
    private static List<String> formFields(Class<?> type) {
        if (type.isEnum() || type.isInterface()) {
            return List.of();
        }
        if (type.isRecord()) {
            List<String> fields = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                fields.add(component.getName());
            }
            return fields;
        }
        List<String> fields = new ArrayList<>();
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
            if (property.getWriteMethod() != null) {
                fields.add(property.getName());
            }
        }
        return fields;
    }

    private static String name(String name, String value, MethodParameter parameter) {
        if (!name.isEmpty()) {
            return name;
        }
        return value.isEmpty() ? parameter.getParameterName() : value;
    }
}
