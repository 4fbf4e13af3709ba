package uk.graduated.server.proof.fuzz;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import uk.graduated.model.json.JsonText;

/**
 * Breaks a valid JSON body in one way chosen by the seed: a member of the wrong type, a required
 * member missing, an unknown member, an absurd number, a key twice, invalid UTF-8, truncated or
 * non-object text, deep nesting, or an overlong string. {@link #hostile} instead puts SQL or markup
 * into a text member, which leaves the body well-formed.
 */
final class JsonMutations {
    /** Text that must be stored and shown as typed, never run. */
    static final List<String> HOSTILE_TEXT = List.of(
            "Robert'); DROP TABLE pupil;--",
            "' OR '1'='1",
            "1; UPDATE staff SET roles = '{senco}'",
            "<script>alert('x')</script>",
            "\"><img src=x onerror=alert(1)>",
            "</textarea><b>bold</b>",
            "${7*7} {{7*7}} #{7*7}",
            "\u202eevil\u202c name",
            "Zoë \uD83D\uDE00 O'Neill-Ó Briain",
            "Ada\u0000Lovelace");
    private static final List<String> ABSURD_NUMBERS = List.of(
            "1e309", "-1e309", "9223372036854775808", "-9223372036854775809", "1.5", "-1", "0", "1e-400",
            "123456789012345678901234567890", "-0", "2147483648");
    private static final String RAW = "@@raw@@";
    /** Marks a fault in a part the server judges leniently (per item, or every member optional). */
    static final String LENIENT = "lenient: ";

    /** A body and what was done to it. */
    record Mutated(byte[] body, String fault) {
    }

    private JsonMutations() {
    }

    /**
     * @param required members whose removal makes the body invalid, as paths like {@code mutations[0].entityType}
     * @param open     path prefixes where a change may still be accepted (a push's record fields, judged per
     *                 mutation; members that are all optional): a fault there starts with {@link #LENIENT}
     */
    static Mutated mutate(JsonObject valid, Set<String> required, Set<String> open, Random random) {
        int kind = random.nextInt(13);
        switch (kind) {
            case 0, 1 -> {
                Node node = pick(valid, random);
                JsonElement replacement = wrongType(node.value(), random);
                // A null member has no type to get wrong: any value there may be a valid one.
                String what = (node.value().isJsonNull() ? LENIENT : "") + "wrong type at " + node.path();
                return structural(valid, node, replacement, what, open);
            }
            case 2 -> {
                List<Node> removable = nodes(valid).stream().filter(n -> required.contains(n.path())).toList();
                if (removable.isEmpty()) {
                    removable = nodes(valid);
                }
                Node node = removable.get(random.nextInt(removable.size()));
                String what = required.contains(node.path()) ? "missing " + node.path() : LENIENT + "optional " + node.path()
                        + " left out";
                return structural(valid, node, null, what, open);
            }
            case 3 -> {
                List<Node> objects = nodes(valid).stream().filter(n -> n.value().isJsonObject()).toList();
                JsonObject copy = valid.deepCopy();
                Node target = objects.isEmpty() || random.nextBoolean() ? new Node("", copy, null, null)
                        : find(copy, objects.get(random.nextInt(objects.size())).path());
                target.value().getAsJsonObject().addProperty("unexpected" + random.nextInt(100), "surplus");
                return new Mutated(utf8(JsonText.compact(copy)), fault("unknown member in " + label(target.path()),
                        target.path(), open));
            }
            case 4 -> {
                Node node = pick(valid, random);
                String number = ABSURD_NUMBERS.get(random.nextInt(ABSURD_NUMBERS.size()));
                Mutated m = structural(valid, node, new JsonPrimitive(RAW), "number " + number + " at " + node.path(), open);
                return new Mutated(utf8(new String(m.body(), StandardCharsets.UTF_8).replace("\"" + RAW + "\"", number)),
                        m.fault());
            }
            case 5 -> {
                String json = JsonText.compact(valid);
                int firstComma = json.indexOf(',');
                if (firstComma < 0) {
                    return text(valid, json.substring(0, json.length() - 1) + "," + json.substring(1), "key twice");
                }
                String firstMember = json.substring(1, firstComma);
                return text(valid, "{" + firstMember + "," + json.substring(1), "key twice: " + firstMember);
            }
            case 6 -> {
                return invalidUtf8(valid, random);
            }
            case 7 -> {
                String json = JsonText.compact(valid);
                return text(valid, json.substring(0, random.nextInt(json.length())), "truncated");
            }
            case 8 -> {
                List<String> notObjects = List.of("", " ", "null", "[]", "42", "\"text\"", "true", "[" + JsonText.compact(valid)
                        + "]", JsonText.compact(valid) + " trailing", "{'single':'quotes'}", "{\"a\":NaN}",
                        "/* comment */ " + JsonText.compact(valid));
                String text = notObjects.get(random.nextInt(notObjects.size()));
                return text(valid, text, "not one JSON object: " + abbreviate(text));
            }
            case 11 -> {
                // RFC 8259 lets a parser ignore a byte order mark, so accepting one is allowed.
                return new Mutated(utf8("\uFEFF" + JsonText.compact(valid)), LENIENT + "byte order mark before the body");
            }
            case 9 -> {
                Node node = pick(valid, random);
                String deep = "[".repeat(5_000) + "]".repeat(5_000);
                Mutated m = structural(valid, node, new JsonPrimitive(RAW), "5,000 levels deep at " + node.path(), open);
                return new Mutated(utf8(new String(m.body(), StandardCharsets.UTF_8).replace("\"" + RAW + "\"", deep)),
                        m.fault());
            }
            case 10 -> {
                Node node = pick(valid, random);
                int length = random.nextBoolean() ? 100_000 : 3_000_000;
                return structural(valid, node, new JsonPrimitive("x".repeat(length)),
                        length + " characters at " + node.path(), open);
            }
            default -> {
                // null is absent (JsonFields): refused for a required member, allowed for an optional one.
                Node node = pick(valid, random);
                String what = required.contains(node.path()) ? "null at " + node.path() : LENIENT + "null at optional "
                        + node.path();
                return structural(valid, node, JsonNull.INSTANCE, what, open);
            }
        }
    }

    /** SQL or markup in one string member: well-formed, so it may be accepted. */
    static Mutated hostile(JsonObject valid, Set<String> textMembers, Random random) {
        List<String> members = new ArrayList<>(textMembers);
        String path = members.get(random.nextInt(members.size()));
        String text = HOSTILE_TEXT.get(random.nextInt(HOSTILE_TEXT.size()));
        JsonObject copy = valid.deepCopy();
        Node node = find(copy, path);
        node.parent().getAsJsonObject().addProperty(node.key(), text);
        return new Mutated(utf8(JsonText.compact(copy)), "hostile text at " + path + ": " + abbreviate(text));
    }

    /** More than the protocol's 16 MiB: a valid start and padding inside a string. */
    static byte[] huge(int bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes + 16);
        out.writeBytes(utf8("{\"padding\":\""));
        byte[] slab = utf8("x".repeat(65_536));
        while (out.size() + slab.length < bytes) {
            out.writeBytes(slab);
        }
        out.writeBytes(utf8("x".repeat(bytes - out.size())));
        out.writeBytes(utf8("\"}"));
        return out.toByteArray();
    }

    private static Mutated invalidUtf8(JsonObject valid, Random random) {
        byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}};
        byte[] json = utf8(JsonText.compact(valid));
        int quote = -1;
        for (int i = 0; i < json.length; i++) {
            if (json[i] == '"' && (quote < 0 || random.nextInt(4) == 0)) {
                quote = i;
            }
        }
        byte[] insert = bad[random.nextInt(bad.length)];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(json, 0, quote + 1);
        out.writeBytes(insert);
        out.write(json, quote + 1, json.length - quote - 1);
        return new Mutated(out.toByteArray(), "invalid UTF-8 bytes in a string");
    }

    private static Mutated structural(JsonObject valid, Node picked, JsonElement replacement, String what, Set<String> open) {
        JsonObject copy = valid.deepCopy();
        Node node = find(copy, picked.path());
        if (node.parent() == null) {
            return text(valid, replacement == null ? "" : JsonText.compact(replacement), what);
        }
        if (node.parent().isJsonObject()) {
            if (replacement == null) {
                node.parent().getAsJsonObject().remove(node.key());
            } else {
                node.parent().getAsJsonObject().add(node.key(), replacement);
            }
        } else {
            JsonArray array = node.parent().getAsJsonArray();
            if (replacement == null) {
                array.remove(node.index());
            } else {
                array.set(node.index(), replacement);
            }
        }
        return new Mutated(utf8(JsonText.compact(copy)), fault(what, picked.path(), open));
    }

    private static String fault(String what, String path, Set<String> open) {
        return open.stream().anyMatch(path::startsWith) ? LENIENT + what : what;
    }

    private static Mutated text(JsonObject valid, String text, String what) {
        return new Mutated(utf8(text), what);
    }

    private static JsonElement wrongType(JsonElement value, Random random) {
        List<JsonElement> options = new ArrayList<>(List.of(new JsonPrimitive(12345), new JsonPrimitive(true),
                new JsonArray(), new JsonObject(), new JsonPrimitive("text"), new JsonPrimitive(-0.5)));
        options.removeIf(o -> sameType(o, value));
        return options.get(random.nextInt(options.size()));
    }

    private static boolean sameType(JsonElement a, JsonElement b) {
        if (a.isJsonPrimitive() && b.isJsonPrimitive()) {
            JsonPrimitive x = a.getAsJsonPrimitive();
            JsonPrimitive y = b.getAsJsonPrimitive();
            return x.isString() == y.isString() && x.isNumber() == y.isNumber() && x.isBoolean() == y.isBoolean();
        }
        return a.isJsonArray() == b.isJsonArray() && a.isJsonObject() == b.isJsonObject() && a.isJsonNull() == b.isJsonNull();
    }

    /** One member or element: its path, value, and where it sits. */
    record Node(String path, JsonElement value, JsonElement parent, String key, int index) {
        Node(String path, JsonElement value, JsonElement parent, String key) {
            this(path, value, parent, key, -1);
        }
    }

    private static Node pick(JsonObject root, Random random) {
        List<Node> all = nodes(root);
        return all.get(random.nextInt(all.size()));
    }

    static List<Node> nodes(JsonObject root) {
        List<Node> all = new ArrayList<>();
        collect(root, "", all);
        return all;
    }

    private static void collect(JsonElement element, String path, List<Node> into) {
        if (element.isJsonObject()) {
            for (Map.Entry<String, JsonElement> member : element.getAsJsonObject().entrySet()) {
                String child = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
                into.add(new Node(child, member.getValue(), element, member.getKey()));
                collect(member.getValue(), child, into);
            }
        } else if (element.isJsonArray()) {
            JsonArray array = element.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                String child = path + "[" + i + "]";
                into.add(new Node(child, array.get(i), element, null, i));
                collect(array.get(i), child, into);
            }
        }
    }

    private static Node find(JsonObject root, String path) {
        if (path.isEmpty()) {
            return new Node("", root, null, null);
        }
        return nodes(root).stream().filter(n -> n.path().equals(path)).findFirst().orElseThrow();
    }

    private static String label(String path) {
        return path.isEmpty() ? "the body" : path;
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
