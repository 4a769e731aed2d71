package org.crossroads.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.crossroads.CrossroadsApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The application is killed (kill -9) while its embedded PostgreSQL runs, then started again on the same data
 * directory: the second start must stop the server left behind and come up healthy. Runs the application as
 * a child JVM, without the built-in dataset and gazetteer so that both starts are quick. Starts PostgreSQL, so it
 * belongs to the integration tier although it needs no Spring context of its own.
 */
@Tag("integration")
class RestartAfterCrashTest {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Path work = Path.of("target", "restart-after-crash").toAbsolutePath();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> started = new ArrayList<>();
    private final Map<Process, Integer> ports = new HashMap<>();

    @Test
    void startsAgainAfterTheApplicationWasKilled() throws Exception {
        FileSystemUtils.deleteRecursively(work);
        Files.createDirectories(work);
        Path dataDirectory = work.resolve("postgres");

        Process first = start(dataDirectory, "first");
        awaitHealthy(first);
        long server = serverPid(dataDirectory);
        assertThat(ProcessHandle.of(server)).isPresent();

        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(server).map(ProcessHandle::isAlive))
                .as("the embedded PostgreSQL outlives the killed application").contains(true);

        Process second = start(dataDirectory, "second");
        awaitHealthy(second);
        assertThat(ProcessHandle.of(server).map(ProcessHandle::isAlive).orElse(false))
                .as("the server left behind was stopped").isFalse();
        assertThat(Files.readString(work.resolve("second.log"))).contains("from a previous run still serves");
    }

    private Process start(Path dataDirectory, String name) throws IOException {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", classPath,
                CrossroadsApplication.class.getName(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--crossroads.database.embedded.data-directory=" + dataDirectory,
                "--crossroads.uploads.directory=" + work.resolve("uploads"),
                "--crossroads.dataset.load=false",
                "--crossroads.directory.load-gazetteer=false",
                "--crossroads.mail.enabled=false",
                "--spring.main.banner-mode=off")
                .redirectErrorStream(true).redirectOutput(work.resolve(name + ".log").toFile()).start();
        started.add(process);
        ports.put(process, port);
        return process;
    }

    private void awaitHealthy(Process process) throws Exception {
        URI health = URI.create("http://127.0.0.1:" + ports.get(process) + "/actuator/health");
        // an assertion failing in the condition ends the wait at once; an IOException means "not listening yet"
        await("healthy within " + START_TIMEOUT).atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(IOException.class).until(() -> {
                    assertThat(process.isAlive()).as("the application exited early; see target/restart-after-crash/*.log").isTrue();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    return response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"");
                });
    }

    private static long serverPid(Path dataDirectory) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (Process process : started) {
            // a normal stop, so that the application stops its embedded server too
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        Path pid = work.resolve("postgres").resolve("postmaster.pid");
        if (Files.exists(pid)) {
            // whatever the outcome, no server is left running after the test
            LeftoverServer.stopIfAny(work.resolve("postgres"));
        }
    }
}
