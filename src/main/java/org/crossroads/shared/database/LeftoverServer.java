package org.crossroads.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL left running by a previous run on the same data directory. When the application is
 * killed ({@code kill -9}, a crash), the server it started outlives it and holds {@code postmaster.pid}, so the
 * next start would fail with "lock file postmaster.pid already exists". Before starting, the server named in
 * that file is stopped cleanly ({@code pg_ctl stop -m fast}: open transactions are rolled back, the data stay
 * consistent) if it is a postgres process serving this very directory and not one this JVM started; a file
 * naming a process that is gone, or another program, is removed.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private LeftoverServer() {
    }

    /** Stops the server left running on {@code dataDirectory}, if any; returns whether one was stopped. */
    static boolean stopIfAny(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return false;
        }
        List<String> lines = Files.readAllLines(pidFile);
        long pid;
        try {
            pid = Long.parseLong(lines.isEmpty() ? "" : lines.get(0).strip());
        } catch (NumberFormatException e) {
            log.warn("Removing an unreadable {}", pidFile);
            Files.deleteIfExists(pidFile);
            return false;
        }
        Optional<ProcessHandle> owner = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (owner.isPresent() && isOurs(owner.get())) {
            // a server this JVM started (another context on the same directory): not a leftover
            return false;
        }
        if (owner.isEmpty() || !servesDirectory(owner.get(), dataDirectory)) {
            // the server died with the application (or its PID now belongs to another program): PostgreSQL
            // would refuse to start while the file names a live process, so it is removed
            log.info("Removing {}: its process {} is not a PostgreSQL server of this directory", pidFile, pid);
            Files.deleteIfExists(pidFile);
            return false;
        }
        ProcessHandle server = owner.get();
        log.warn("An embedded PostgreSQL (process {}) from a previous run still serves {}: stopping it before starting",
                pid, dataDirectory);
        if (!pgCtlStop(server, dataDirectory)) {
            // SIGTERM: a "smart" shutdown, which ends as soon as the dead application's sessions are gone
            server.destroy();
        }
        try {
            server.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The embedded PostgreSQL left by a previous run (process " + pid
                    + ") did not stop within " + STOP_WAIT.toSeconds() + " s; stop it, then start again", e);
        }
        return true;
    }

    private static boolean isOurs(ProcessHandle process) {
        long self = ProcessHandle.current().pid();
        return process.parent().map(p -> p.pid() == self).orElse(false);
    }

    /** A postgres executable whose command line names this data directory (as zonky starts it: -D dir). */
    static boolean servesDirectory(ProcessHandle process, Path dataDirectory) {
        Optional<String> command = process.info().command();
        if (command.isEmpty() || !Path.of(command.get()).getFileName().toString().startsWith("postgres")) {
            return false;
        }
        String wanted = canonical(dataDirectory);
        List<String> arguments = process.info().arguments().map(List::of).orElseGet(() -> procArguments(process.pid()));
        for (int i = 0; i < arguments.size() - 1; i++) {
            if (arguments.get(i).equals("-D") && canonical(Path.of(arguments.get(i + 1))).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** Linux: the arguments from /proc when the JDK gives none. */
    private static List<String> procArguments(long pid) {
        try {
            String[] all = new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline"))).split("\0");
            return all.length <= 1 ? List.of() : List.of(all).subList(1, all.length);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static boolean pgCtlStop(ProcessHandle server, Path dataDirectory) {
        Optional<Path> pgCtl = server.info().command().map(c -> Path.of(c).resolveSibling("pg_ctl")).filter(Files::isExecutable);
        if (pgCtl.isEmpty()) {
            return false;
        }
        try {
            Process stop = new ProcessBuilder(pgCtl.get().toString(), "stop", "-D", dataDirectory.toString(), "-m", "fast",
                    "-w", "-t", String.valueOf(STOP_WAIT.toSeconds())).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return stop.waitFor(STOP_WAIT.toSeconds() + 5, TimeUnit.SECONDS) && stop.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String canonical(Path path) {
        try {
            return path.toRealPath().toString();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize().toString();
        }
    }
}
