package uk.graduated.server.proof.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import uk.graduated.server.console.web.Csrf;
import uk.graduated.server.proof.ImportUploads;
import uk.graduated.server.proof.RawHttp;
import uk.graduated.server.proof.fuzz.FuzzRequest.Expect;

/**
 * {@code POST /console/import}, the MIS file upload: a good file with a wrong cookie or form token;
 * multipart bodies that cannot be read (no or another boundary, cut short, parts without headers, not
 * multipart at all); with a valid session, files that are not an MIS export (none, empty, binary,
 * UTF-16, invalid UTF-8, no header row, columns missing or twice, an unclosed quote, over 5 MB). All
 * must be refused. Files that can be read but whose rows are hostile (SQL, markup, NUL, impossible
 * dates) are held for the preview, which reports them: they may be accepted, and write nothing.
 */
final class ImportUploadRoute implements Strategy {
    private static final String ROUTE = "POST /console/import";
    private static final String B = ImportUploads.BOUNDARY;
    private static final String HEADER = ImportUploads.HEADER;
    private static final List<String> NOT_AN_EXPORT = List.of("", "\r\n", "just some words, not a table",
            "UPN;Forename;Surname;Date of birth;Year group\r\n;Amara;Okafor;14/03/2019;1\r\n", HEADER,
            "Forename,Surname\r\nAmara,Okafor\r\n", "Forename,Forename,Surname,Date of birth,Year group\r\na,b,c,2019-01-01,1\r\n",
            HEADER + ",\"Amara,Okafor,2019-03-14,1,Year 1\r\n", "\u0000\u0000\u0000\u0000");
    private static final List<String> HOSTILE_ROWS = List.of(
            ",Robert'); DROP TABLE pupil;--,Okafor,2019-03-14,1,Year 1",
            ",<script>alert(1)</script>,Okafor,2019-03-14,1,Year 1",
            ",Amara\u0000,Okafor,2019-03-14,1,Year 1",
            "XXXXXXXXXXXXX,Amara,Okafor,2019-02-30,99,Year 1",
            ",Amara,Okafor,+999999999-12-31,R,Year 1",
            "," + "x".repeat(20_000) + ",Okafor,2019-03-14,1,Year 1",
            ",=HYPERLINK(\"http://evil.example\"),Okafor,2019-03-14,1,Year 1");

    private final ConsoleCookies cookies;

    ImportUploadRoute(ConsoleCookies cookies) {
        this.cookies = cookies;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public FuzzRequest next(Random random, Faults faults) {
        ConsoleCookies.Cookie valid = cookies.valid();
        int dice = random.nextInt(100);
        if (dice < 20) {
            ConsoleCookies.Cookie wrong = cookies.wrong(random);
            return refused(post(wrong, multipartType(), ImportUploads.multipart(wrong.csrf() == null ? "" : wrong.csrf(),
                    "pupils.csv", ImportUploads.onePupil("Okafor"))), "cookie: " + wrong.fault());
        }
        if (dice < 35) {
            String[] csrf = csrfFault(random);
            return refused(post(valid, multipartType(), ImportUploads.multipart(csrf[0], "pupils.csv",
                    ImportUploads.onePupil("Okafor"))), "form token: " + csrf[1]);
        }
        if (dice < 60) {
            return malformedMultipart(random, valid);
        }
        if (dice < 88) {
            return notAnExport(random, valid);
        }
        if (dice < 89) {
            byte[] file = new byte[5 * 1024 * 1024 + 1024];
            Arrays.fill(file, (byte) 'x');
            return refused(post(valid, multipartType(), ImportUploads.multipart(valid.csrf(), "big.csv", file)),
                    "a file of 5 MB + 1 KiB");
        }
        String row = HOSTILE_ROWS.get(random.nextInt(HOSTILE_ROWS.size()));
        byte[] file = (HEADER + row + "\r\n").getBytes(StandardCharsets.UTF_8);
        return new FuzzRequest(ROUTE, post(valid, multipartType(), ImportUploads.multipart(valid.csrf(), "pupils.csv", file)),
                "hostile row '" + JsonMutations.abbreviate(row) + "'", Expect.READ_ONLY);
    }

    @Override
    public FuzzRequest huge(Faults faults) {
        ConsoleCookies.Cookie valid = cookies.valid();
        byte[] file = new byte[16 * 1024 * 1024 + 4096];
        Arrays.fill(file, (byte) 'x');
        return refused(post(valid, multipartType(), ImportUploads.multipart(valid.csrf(), "huge.csv", file)),
                "16 MiB + 4 KiB file");
    }

    private FuzzRequest malformedMultipart(Random random, ConsoleCookies.Cookie valid) {
        byte[] good = ImportUploads.multipart(valid.csrf(), "pupils.csv", ImportUploads.onePupil("Okafor"));
        String goodText = new String(good, StandardCharsets.UTF_8);
        return switch (random.nextInt(9)) {
            case 0 -> refused(post(valid, "multipart/form-data", good), "multipart without a boundary");
            case 1 -> refused(post(valid, "multipart/form-data; boundary=another", good), "another boundary");
            case 2 -> refused(post(valid, multipartType(), Arrays.copyOf(good, good.length / 2 + random.nextInt(good.length
                    / 2))), "cut short");
            case 3 -> refused(post(valid, multipartType(), goodText.replace("Content-Disposition: form-data; name=\"file\"; "
                    + "filename=\"pupils.csv\"\r\n", "").getBytes(StandardCharsets.UTF_8)), "file part without headers");
            case 4 -> refused(post(valid, multipartType(), goodText.replace("filename=\"pupils.csv\"", "filename=\"../../"
                    + "etc/passwd\u0000.csv").getBytes(StandardCharsets.UTF_8)), "unterminated file name with a path");
            case 5 -> refused(post(valid, "application/x-www-form-urlencoded", good), "multipart sent as a urlencoded form");
            case 6 -> refused(post(valid, "text/csv", ImportUploads.onePupil("Okafor")), "a bare CSV body");
            case 7 -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes(("--" + B + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + valid.csrf()
                        + "\r\n--" + B + "\r\n" + "X-Filler: " + "y".repeat(20_000) + "\r\n").getBytes(StandardCharsets.UTF_8));
                out.writeBytes(Arrays.copyOfRange(good, goodText.indexOf("Content-Disposition: form-data; name=\"file\""),
                        good.length));
                yield refused(post(valid, multipartType(), out.toByteArray()), "a part header of 20,000 characters");
            }
            default -> {
                byte[] noise = new byte[4096];
                random.nextBytes(noise);
                yield refused(post(valid, multipartType(), noise), "random bytes");
            }
        };
    }

    private FuzzRequest notAnExport(Random random, ConsoleCookies.Cookie valid) {
        int which = random.nextInt(NOT_AN_EXPORT.size() + 5);
        byte[] file;
        String fault;
        if (which < NOT_AN_EXPORT.size()) {
            file = NOT_AN_EXPORT.get(which).getBytes(StandardCharsets.UTF_8);
            fault = "file '" + JsonMutations.abbreviate(NOT_AN_EXPORT.get(which)) + "'";
        } else if (which == NOT_AN_EXPORT.size()) {
            file = new byte[2048];
            random.nextBytes(file);
            fault = "binary file";
        } else if (which == NOT_AN_EXPORT.size() + 1) {
            file = ("\uFEFF" + HEADER + ",Amara,Okafor,2019-03-14,1,Year 1\r\n").getBytes(StandardCharsets.UTF_16LE);
            fault = "UTF-16 file";
        } else if (which == NOT_AN_EXPORT.size() + 2) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes((HEADER + ",Am").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xC3, 0x28});
            out.writeBytes("ra,Okafor,2019-03-14,1,Year 1\r\n".getBytes(StandardCharsets.US_ASCII));
            file = out.toByteArray();
            fault = "invalid UTF-8 in a name";
        } else if (which == NOT_AN_EXPORT.size() + 3) {
            return refused(post(valid, multipartType(), ("--" + B + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n"
                    + valid.csrf() + "\r\n--" + B + "--\r\n").getBytes(StandardCharsets.UTF_8)), "no file part");
        } else {
            file = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
            fault = "a picture";
        }
        return refused(post(valid, multipartType(), ImportUploads.multipart(valid.csrf(), "pupils.csv", file)), fault);
    }

    private static String[] csrfFault(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> new String[] {"", "empty"};
            case 1 -> new String[] {"forged-token-value", "forged"};
            case 2 -> new String[] {Csrf.tokenFor("gss1.another-session-entirely"), "another session's"};
            default -> new String[] {"\u0000", "NUL"};
        };
    }

    private static String multipartType() {
        return "multipart/form-data; boundary=" + B;
    }

    private static RawHttp.Request post(ConsoleCookies.Cookie cookie, String contentType, byte[] body) {
        RawHttp.Request request = RawHttp.Request.of("POST", "/console/import").header("Content-Type", contentType);
        if (cookie.header() != null) {
            request = request.header("Cookie", cookie.header());
        }
        return request.body(body);
    }

    private static FuzzRequest refused(RawHttp.Request request, String fault) {
        return new FuzzRequest(ROUTE, request, fault, Expect.REFUSED);
    }
}
