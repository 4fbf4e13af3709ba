package uk.graduated.server.proof.fuzz;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import uk.graduated.server.console.web.Csrf;
import uk.graduated.server.proof.RawHttp;
import uk.graduated.server.proof.fuzz.FuzzRequest.Expect;

/**
 * How to break the requests of one console route. Pages (GET) get every kind of cookie, junk query
 * strings and broken path ids, and may answer anything but a 5xx. Forms (POST) are sent with wrong or
 * missing cookies and form tokens, a role the page does not serve, broken path ids, or, with a valid
 * session, fields that cannot be read; none may be accepted.
 *
 * @param ids        the values of the path's parameters in a valid request, in order
 * @param form       the fields of a valid form (null for a page)
 * @param badFields  per field, values that make the form invalid (empty: the form is only sent broken otherwise)
 * @param cookies    the cookies a form is sent with: a valid one (the route's own) and wrong ones
 */
record ConsoleRoute(String method, String pathTemplate, List<Supplier<String>> ids, Map<String, String> form,
        Map<String, List<String>> badFields, ConsoleCookies cookies) implements Strategy {
    private static final List<String> QUERIES = List.of("", "?need=XYZ", "?year=%3Cscript%3E", "?next=https://evil.example",
            "?next=//evil.example/x", "?reason=%00", "?need=SLCN&need=SLCN", "?q='%20OR%201=1%20--", "?%ZZ=1", "?a=%FF%FE",
            "?" + "x=1&".repeat(2_000), "?provision=Z&status=nonsense", "?done=<b>x</b>", "?sort=;drop%20table%20pupil");

    @Override
    public String route() {
        return method + " " + pathTemplate;
    }

    @Override
    public FuzzRequest next(Random random, Faults faults) {
        return form == null ? page(random, faults) : form(random, faults);
    }

    @Override
    public FuzzRequest huge(Faults faults) {
        if (form == null) {
            return null;
        }
        ConsoleCookies.Cookie valid = cookies.valid();
        byte[] body = new byte[16 * 1024 * 1024 + 4096];
        Arrays.fill(body, (byte) 'x');
        byte[] start = ("csrf=" + valid.csrf() + "&type=").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, body, 0, start.length);
        return new FuzzRequest(route(), post(path(validIds()), valid, "application/x-www-form-urlencoded", body),
                "16 MiB + 4 KiB form", Expect.REFUSED);
    }

    private FuzzRequest page(Random random, Faults faults) {
        ConsoleCookies.Cookie cookie = cookies.any(random);
        List<String> values = validIds();
        String fault = "cookie: " + cookie.fault();
        if (!values.isEmpty() && random.nextInt(3) == 0) {
            int which = random.nextInt(values.size());
            String id = faults.pathId(random);
            values.set(which, id);
            fault += ", path id '" + JsonMutations.abbreviate(id) + "'";
        }
        String query = QUERIES.get(random.nextInt(QUERIES.size()));
        RawHttp.Request request = RawHttp.Request.of(method, path(values) + query);
        if (cookie.header() != null) {
            request = request.header("Cookie", cookie.header());
        }
        return new FuzzRequest(route(), request, fault + (query.isEmpty() ? "" : ", query " + JsonMutations.abbreviate(query)),
                Expect.READ_ONLY);
    }

    private FuzzRequest form(Random random, Faults faults) {
        ConsoleCookies.Cookie valid = cookies.valid();
        int dice = random.nextInt(100);
        if (dice < 25) {
            ConsoleCookies.Cookie wrong = cookies.wrong(random);
            return refused(post(path(validIds()), wrong, null, encode(withCsrf(form, wrong.csrf()))), "cookie: "
                    + wrong.fault());
        }
        if (dice < 50) {
            String[] csrf = csrfFault(random);
            Map<String, String> fields = new LinkedHashMap<>(form);
            return refused(post(path(validIds()), valid, null, (csrf[0] + encode(fields)).getBytes(StandardCharsets.UTF_8)),
                    "form token: " + csrf[1]);
        }
        if (dice < 65 && !ids.isEmpty()) {
            List<String> values = validIds();
            String id = faults.pathId(random);
            values.set(random.nextInt(values.size()), id);
            return refused(post(path(values), valid, null, encode(withCsrf(form, valid.csrf()))),
                    "path id '" + JsonMutations.abbreviate(id) + "'");
        }
        if (badFields.isEmpty()) {
            ConsoleCookies.Cookie wrong = cookies.wrong(random);
            return refused(post(path(validIds()), wrong, null, encode(withCsrf(form, wrong.csrf()))),
                    "cookie: " + wrong.fault());
        }
        return brokenFields(random, valid);
    }

    /** With a valid session and form token: one field or more that cannot be read, or a body that cannot. */
    private FuzzRequest brokenFields(Random random, ConsoleCookies.Cookie valid) {
        List<String> names = new ArrayList<>(badFields.keySet());
        String field = names.get(random.nextInt(names.size()));
        List<String> bad = badFields.get(field);
        String value = bad.get(random.nextInt(bad.size()));
        Map<String, String> fields = withCsrf(form, valid.csrf());
        String path = path(validIds());
        return switch (random.nextInt(6)) {
            case 0 -> {
                fields.remove(field);
                yield refused(post(path, valid, null, encode(fields)), "missing " + field);
            }
            case 1 -> {
                fields.put(field, value);
                String raw = new String(encode(fields), StandardCharsets.US_ASCII).replace(field + "=", field + "=%ZZ");
                yield refused(post(path, valid, null, raw.getBytes(StandardCharsets.US_ASCII)), "bad percent-encoding in "
                        + field);
            }
            case 2 -> {
                fields.put(field, value);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes(encode(fields));
                out.writeBytes(("&" + field + "=").getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xC3, 0x28});
                yield refused(post(path, valid, null, out.toByteArray()), "raw invalid UTF-8 in " + field);
            }
            case 3 -> {
                fields.put(field, value);
                String multipart = "--b\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + valid.csrf()
                        + "\r\n--b\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n" + value + "\r\n--b--\r\n";
                yield refused(post(path, valid, "multipart/form-data; boundary=b", multipart.getBytes(StandardCharsets.UTF_8)),
                        "multipart with " + field + " '" + JsonMutations.abbreviate(value) + "'");
            }
            case 4 -> {
                // The broken value first: a server reading the first of two values must refuse the form.
                String twice = field + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8) + "&"
                        + new String(encode(fields), StandardCharsets.UTF_8);
                yield refused(post(path, valid, null, twice.getBytes(StandardCharsets.UTF_8)), field + " twice, broken first");
            }
            default -> {
                fields.put(field, value);
                yield refused(post(path, valid, null, encode(fields)), field + " '" + JsonMutations.abbreviate(value) + "'");
            }
        };
    }

    private static String[] csrfFault(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> new String[] {"", "missing"};
            case 1 -> new String[] {"csrf=&", "empty"};
            case 2 -> new String[] {"csrf=forged-token-value&", "forged"};
            case 3 -> new String[] {"csrf=" + Csrf.tokenFor("gss1.another-session-entirely") + "&", "another session's"};
            default -> new String[] {"csrf=%00&", "NUL"};
        };
    }

    private RawHttp.Request post(String path, ConsoleCookies.Cookie cookie, String contentType, byte[] body) {
        RawHttp.Request request = RawHttp.Request.of("POST", path)
                .header("Content-Type", contentType == null ? "application/x-www-form-urlencoded" : contentType);
        if (cookie.header() != null) {
            request = request.header("Cookie", cookie.header());
        }
        return request.body(body);
    }

    private static Map<String, String> withCsrf(Map<String, String> form, String csrf) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (csrf != null) {
            fields.put("csrf", csrf);
        }
        fields.putAll(form);
        return fields;
    }

    private static byte[] encode(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<String> validIds() {
        List<String> values = new ArrayList<>();
        ids.forEach(id -> values.add(id.get()));
        return values;
    }

    private String path(List<String> values) {
        String path = pathTemplate;
        for (String value : values) {
            path = path.replaceFirst("\\{[^}]+}", Matcher.quoteReplacement(value));
        }
        return path.replace("*", "fuzz-" + Integer.toHexString(values.hashCode()));
    }

    private FuzzRequest refused(RawHttp.Request request, String fault) {
        return new FuzzRequest(route(), request, fault, Expect.REFUSED);
    }
}
