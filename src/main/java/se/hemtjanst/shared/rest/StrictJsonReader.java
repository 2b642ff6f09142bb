package se.hemtjanst.shared.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import se.hemtjanst.shared.domain.InvalidInputException;

/**
 * Every JSON request body is checked before JSON-B binds it, because JSON-B is lenient where a wrong body must be
 * refused: it replaced invalid UTF-8 with U+FFFD, bound {@code [{...}]} as the object inside, took the last element
 * of {@code ["x","y"]} for a text, read any string as {@code false} for a boolean, and let a 5 MB text reach the
 * database (a 500). Here a body must be at most {@value #MAX_BYTES} bytes (413), valid UTF-8 and valid JSON (400),
 * and each value must have the JSON type of the Java property it binds to (400 naming the field): an object for an
 * object, an array for a list, true/false for a boolean, a whole number in range for an integer, no arrays or objects
 * for a text, a date or an enum. Unknown properties stay ignored, as JSON-B does.
 */
@Provider
public class StrictJsonReader implements ReaderInterceptor {

    /** A batch of 500 scans is about 100 kB; nothing the API takes comes near. */
    public static final int MAX_BYTES = 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        byte[] body = readAtMost(context.getInputStream());
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("request.encoding", null,
                    "The body is not valid UTF-8; send JSON encoded in UTF-8");
        }
        Class<?> target = context.getType();
        boolean bound = !(target == String.class || target == byte[].class || InputStream.class.isAssignableFrom(target)
                || java.io.Reader.class.isAssignableFrom(target));
        if (bound && !text.isBlank()) {
            checkDepth(text);
            JsonValue json;
            try (var reader = Json.createReader(new StringReader(text))) {
                json = reader.readValue();
            } catch (JsonException e) {
                throw new InvalidInputException("request.malformed", null, "The body is not valid JSON: "
                        + firstLine(e.getMessage()));
            }
            check(json, context.getGenericType(), "");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** No request of this API nests deeper than a few levels; the JSON parser gives up at 1,000 with a 500. */
    public static final int MAX_DEPTH = 32;

    static void checkDepth(String text) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    throw new InvalidInputException("request.malformed", null, "The body nests lists or objects "
                            + "deeper than " + MAX_DEPTH + " levels");
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
    }

    private static byte[] readAtMost(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new WebApplicationException("The body is larger than " + MAX_BYTES / 1024 + " kB; send less "
                    + "(a scan batch holds at most 500 scans)", 413);
        }
        return body;
    }

    static void check(JsonValue value, Type type, String path) {
        if (value.getValueType() == JsonValue.ValueType.NULL || type == null) {
            return;
        }
        Class<?> raw = rawClass(type);
        if (raw == null || raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            return;
        }
        JsonValue.ValueType actual = value.getValueType();
        if (raw == String.class || raw == Character.class || raw == char.class || raw.isEnum()
                || Temporal.class.isAssignableFrom(raw) || raw == java.util.UUID.class
                || raw == java.time.Duration.class || raw == java.time.Period.class) {
            if (actual == JsonValue.ValueType.ARRAY || actual == JsonValue.ValueType.OBJECT) {
                throw wrongType(path, "a " + (raw.isEnum() ? "name" : "text") + ", not " + name(actual));
            }
            return;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (actual != JsonValue.ValueType.TRUE && actual != JsonValue.ValueType.FALSE) {
                throw wrongType(path, "true or false, not " + name(actual));
            }
            return;
        }
        if (Number.class.isAssignableFrom(raw) || (raw.isPrimitive() && raw != void.class)) {
            if (actual != JsonValue.ValueType.NUMBER) {
                // A number in quotes is JSON-B's to read (or refuse); a list, object or true/false never is.
                if (actual != JsonValue.ValueType.STRING) {
                    throw wrongType(path, "a number, not " + name(actual));
                }
                return;
            }
            checkRange((JsonNumber) value, raw, path);
            return;
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (actual != JsonValue.ValueType.ARRAY) {
                throw wrongType(path, "a list [...], not " + name(actual));
            }
            Type element = elementType(type);
            int i = 0;
            for (JsonValue item : value.asJsonArray()) {
                String at = path + "[" + i++ + "]";
                if (item.getValueType() == JsonValue.ValueType.NULL) {
                    throw new InvalidInputException("request.type", at, at + " is null; leave it out of the list");
                }
                check(item, element, at);
            }
            return;
        }
        if (Map.class.isAssignableFrom(raw)) {
            if (actual != JsonValue.ValueType.OBJECT) {
                throw wrongType(path, "an object {...}, not " + name(actual));
            }
            return;
        }
        if (actual != JsonValue.ValueType.OBJECT) {
            throw wrongType(path, "an object {...}, not " + name(actual));
        }
        JsonObject object = value.asJsonObject();
        for (Map.Entry<String, Type> property : properties(raw).entrySet()) {
            JsonValue v = object.get(property.getKey());
            if (v != null) {
                check(v, property.getValue(), path.isEmpty() ? property.getKey() : path + "." + property.getKey());
            }
        }
    }

    private static void checkRange(JsonNumber n, Class<?> raw, String path) {
        BigDecimal d = n.bigDecimalValue();
        boolean integral = raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class
                || raw == Short.class || raw == short.class || raw == Byte.class || raw == byte.class
                || raw == BigInteger.class;
        if (integral) {
            BigInteger whole;
            try {
                whole = d.toBigIntegerExact();
            } catch (ArithmeticException e) {
                throw wrongType(path, "a whole number, not " + abbreviate(d.toString()));
            }
            long min = raw == Long.class || raw == long.class ? Long.MIN_VALUE : Integer.MIN_VALUE;
            long max = raw == Long.class || raw == long.class ? Long.MAX_VALUE : Integer.MAX_VALUE;
            if (raw != BigInteger.class && (whole.compareTo(BigInteger.valueOf(min)) < 0
                    || whole.compareTo(BigInteger.valueOf(max)) > 0)) {
                throw wrongType(path, "a whole number between " + min + " and " + max);
            }
        } else if ((raw == Double.class || raw == double.class) && Double.isInfinite(d.doubleValue())) {
            throw wrongType(path, "a number within the range of a double");
        }
    }

    private static final Map<Class<?>, Map<String, Type>> PROPERTIES = new java.util.concurrent.ConcurrentHashMap<>();

    /** JSON name to Java type of what JSON-B binds: record components, or non-static, non-transient fields. */
    static Map<String, Type> properties(Class<?> raw) {
        return PROPERTIES.computeIfAbsent(raw, c -> {
            Map<String, Type> result = new java.util.LinkedHashMap<>();
            if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    JsonbProperty p = rc.getAnnotation(JsonbProperty.class);
                    result.put(p != null && !p.value().isEmpty() ? p.value() : rc.getName(), rc.getGenericType());
                }
                return result;
            }
            for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())
                            || f.isAnnotationPresent(JsonbTransient.class)) {
                        continue;
                    }
                    JsonbProperty p = f.getAnnotation(JsonbProperty.class);
                    result.putIfAbsent(p != null && !p.value().isEmpty() ? p.value() : f.getName(), f.getGenericType());
                }
            }
            return result;
        });
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return rawClass(p.getRawType());
        }
        if (type instanceof GenericArrayType) {
            return Object[].class;
        }
        if (type instanceof WildcardType w && w.getUpperBounds().length == 1) {
            return rawClass(w.getUpperBounds()[0]);
        }
        return null;
    }

    private static Type elementType(Type type) {
        if (type instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        if (type instanceof GenericArrayType g) {
            return g.getGenericComponentType();
        }
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            return p.getActualTypeArguments()[0];
        }
        return Object.class;
    }

    private static final Set<JsonValue.ValueType> BOOLEANS = Set.of(JsonValue.ValueType.TRUE,
            JsonValue.ValueType.FALSE);

    private static String name(JsonValue.ValueType t) {
        return switch (t) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "text";
            case NUMBER -> "a number";
            default -> BOOLEANS.contains(t) ? "true/false" : "null";
        };
    }

    private static InvalidInputException wrongType(String path, String expected) {
        String field = path.isEmpty() ? null : path;
        return new InvalidInputException("request.type", field, (field == null ? "The body" : field)
                + " must be " + expected);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) : line;
    }
}
