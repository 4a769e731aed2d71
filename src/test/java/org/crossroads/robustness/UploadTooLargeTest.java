package org.crossroads.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.crossroads.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An upload over the limit, sent over a real socket as a browser sends it — the whole body first, then the
 * answer is read — gets the error page naming the limit in the reader's language (an API client a JSON
 * problem), never a bare 413, a 403 from the CSRF check that found no token in an unread body, or a
 * connection reset while the rest of the file is still being sent.
 */
@IntegrationTest
class UploadTooLargeTest {

    private static final String BOUNDARY = "----upload-too-large";

    @LocalServerPort int port;
    @Value("${spring.servlet.multipart.max-request-size}") DataSize requestLimit;

    @Test
    void aFileOverTheLimitGetsThePageNamingTheLimitInEveryLanguage() throws Exception {
        long fileBytes = requestLimit.toBytes() + DataSize.ofMegabytes(9).toBytes();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("en", "The file is larger than the platform accepts: at most 250 MB per upload.");
        expected.put("fr", "Le fichier dépasse la taille acceptée par la plateforme : 250 Mo au plus par envoi.");
        expected.put("ar", "حجم الملف أكبر مما تقبله المنصة: 250 ميغابايت على الأكثر في كل إرسال.");
        expected.put("es", "El archivo supera el tamaño que acepta la plataforma: como máximo 250 MB por envío.");
        for (Map.Entry<String, String> language : expected.entrySet()) {
            Answer page = upload("/data/import", "text/html", language.getKey(), fileBytes);
            assertThat(page.status()).as(language.getKey()).isEqualTo(413);
            assertThat(page.header("content-type")).startsWith("text/html");
            Document document = Jsoup.parse(page.body());
            assertThat(document.select("html").attr("lang")).isEqualTo(language.getKey());
            assertThat(document.select(".problem").text()).as(language.getKey()).isEqualTo(language.getValue());
            assertThat(document.select("h1").text()).isNotBlank();
        }
    }

    @Test
    void anApiClientGetsAProblemInJson() throws Exception {
        Answer answer = upload("/data/import", "application/json", "en", requestLimit.toBytes() + 1);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("content-type")).isEqualTo("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(413);
        assertThat(problem.get("detail").asString()).isEqualTo("The file is larger than the platform accepts: at most 250 MB per upload.");
    }

    /** Sends a multipart form with one file of zeros, all of it, then reads the whole answer. */
    private Answer upload(String path, String accept, String language, long fileBytes) throws IOException {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"values.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept: " + accept
                    + "\r\nAccept-Language: " + language + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY
                    + "\r\nContent-Length: " + (head.length + fileBytes + tail.length) + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(head);
            byte[] zeros = new byte[1 << 20];
            try {
                for (long left = fileBytes; left > 0; left -= zeros.length) {
                    out.write(zeros, 0, (int) Math.min(left, zeros.length));
                }
                out.write(tail);
                out.flush();
            } catch (SocketException e) {
                // what a browser meets when the server stops reading the body early: it shows no page at all
                throw new AssertionError("The connection was closed before the whole file was sent (is "
                        + "server.tomcat.max-swallow-size smaller than the file?): a browser would show no page", e);
            }
            return Answer.read(socket.getInputStream());
        }
    }

    private record Answer(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.getOrDefault(name, "");
        }

        static Answer read(InputStream in) throws IOException {
            byte[] all = in.readAllBytes();
            String text = new String(all, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
            byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = unchunk(body);
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
        }

        private static byte[] unchunk(byte[] chunked) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int at = 0;
            while (true) {
                int lineEnd = at;
                while (chunked[lineEnd] != '\r') {
                    lineEnd++;
                }
                int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip(), 16);
                if (size == 0) {
                    return body.toByteArray();
                }
                body.write(chunked, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
        }
    }
}
