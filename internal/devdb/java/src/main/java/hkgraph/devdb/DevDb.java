package hkgraph.devdb;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Local Neo4j Community for hkgraph development and tests: an embedded
 * database with a Bolt connector on 127.0.0.1 only.
 *
 * <pre>
 * java -Xms256m -Xmx1g -cp 'internal/devdb/java/target/devdb.jar:internal/devdb/java/target/lib/*' \
 *     hkgraph.devdb.DevDb --port 7687 --data DIR [--pagecache-mb 256]
 * </pre>
 *
 * Stdout carries exactly one line, {@code READY bolt://127.0.0.1:PORT}, once
 * Bolt accepts connections; Neo4j's own logs go to stderr (warnings) and
 * DIR/logs/debug.log. Auth is off unless NEO4J_PASSWORD is set, in which case
 * user neo4j gets that password. The process stops on SIGTERM/SIGINT and when
 * its stdin reaches EOF (the parent died), unless --ignore-stdin is given.
 */
public final class DevDb {
    private static final String HOST = "127.0.0.1";
    private static final long DEFAULT_PAGE_CACHE_MB = 256;

    public static void main(String[] args) {
        int port = envInt("NEO4J_BOLT_PORT", 7687);
        Path data = Path.of(".data", "neo4j");
        boolean watchStdin = true;
        long pageCacheMB = DEFAULT_PAGE_CACHE_MB;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port" -> port = Integer.parseInt(args[++i]);
                    case "--data" -> data = Path.of(args[++i]);
                    case "--ignore-stdin" -> watchStdin = false;
                    case "--pagecache-mb" -> pageCacheMB = Long.parseLong(args[++i]);
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (port < 1 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
            if (pageCacheMB < 8) throw new IllegalArgumentException("page cache below 8 MB: " + pageCacheMB);
        } catch (RuntimeException e) {
            fail("bad arguments (" + e.getMessage() + "); usage: DevDb [--port N] [--data DIR] [--pagecache-mb N] [--ignore-stdin]");
        }

        // Keep stdout for the READY line only: anything a library prints there goes to stderr.
        PrintStream stdout = System.out;
        System.setOut(System.err);

        // Check the port first: Neo4j's own bind error is buried in a long stack trace.
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
        } catch (BindException e) {
            fail("port " + port + " is already in use on " + HOST
                    + "; stop the other Neo4j or set NEO4J_BOLT_PORT / --port to a free port");
        } catch (IOException e) {
            fail("cannot bind " + HOST + ":" + port + ": " + e.getMessage());
        }

        Path home = data.toAbsolutePath().normalize();
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            fail("cannot create data directory " + home + ": " + e);
        }

        String password = System.getenv("NEO4J_PASSWORD");
        boolean auth = password != null && !password.isEmpty();

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setUserLogProvider(new Log4jLogProvider(System.err, Level.WARN))
                    .setConfig(Map.of(
                            BoltConnector.enabled, true,
                            BoltConnector.listen_address, new SocketAddress(HOST, port),
                            BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
                            GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST),
                            // The routing connector (default :7688) would clash between instances.
                            GraphDatabaseSettings.routing_enabled, false,
                            GraphDatabaseSettings.pagecache_memory, pageCacheMB * 1024 * 1024,
                            GraphDatabaseSettings.auth_enabled, auth,
                            // A dev/test database: don't insist on 8-character passwords.
                            GraphDatabaseSettings.auth_minimum_password_length, 1,
                            // Throw-away test databases: don't reserve 256 MB tx log files up front.
                            GraphDatabaseSettings.preallocate_logical_logs, false,
                            GraphDatabaseSettings.udc_enabled, false))
                    // Bolt waits 5 s + 5 s on shutdown even with no clients; a dev DB needn't.
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .build();
        } catch (Throwable e) {
            String why = rootMessage(e);
            if (why.startsWith("FileLockException")) {
                fail("data directory " + home + " is in use by another Neo4j; stop it or pass another --data");
            }
            fail("Neo4j failed to start in " + home + ": " + why + " (details in " + home.resolve("logs/debug.log") + ")");
            return;
        }
        final DatabaseManagementService started = dbms;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("devdb: shutting down Neo4j");
            long t0 = System.nanoTime();
            started.shutdown();
            System.err.println("devdb: Neo4j stopped in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }, "devdb-shutdown"));

        try {
            if (auth) setPassword(dbms, password);
            awaitBolt(port, Duration.ofSeconds(60));
        } catch (Throwable e) {
            fail("Neo4j started but is not usable: " + rootMessage(e)); // shutdown hook stops it
        }

        stdout.println("READY bolt://" + HOST + ":" + port);
        stdout.flush();

        if (watchStdin) {
            // No orphans: a parent that dies closes our stdin; treat EOF as "stop".
            Thread t = new Thread(() -> {
                try {
                    InputStream in = System.in;
                    byte[] buf = new byte[256];
                    while (in.read(buf) >= 0) { /* discard */ }
                } catch (IOException ignored) {
                    // treat a broken stdin like EOF
                }
                System.err.println("devdb: stdin closed");
                System.exit(0);
            }, "devdb-stdin");
            t.setDaemon(true);
            t.start();
        }
        // Neo4j's non-daemon threads keep the JVM alive until System.exit or a signal.
    }

    /** Sets neo4j's password through the system database (works on Community). */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $p CHANGE NOT REQUIRED", Map.of("p", password));
        } catch (RuntimeException e) {
            // Restarting with the password already set is fine.
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (String.valueOf(c.getMessage()).contains("cannot be the same")) return;
            }
            throw e;
        }
    }

    /** Waits until a TCP connection to the Bolt port succeeds. */
    private static void awaitBolt(int port, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(HOST, port), 1000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) throw new IOException("Bolt port " + port + " not accepting connections", e);
                Thread.sleep(100);
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = root.getMessage();
        return root.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static int envInt(String name, int def) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) return def;
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            fail(name + "=" + v + " is not a port number");
            return def;
        }
    }

    private static void fail(String msg) {
        System.err.println("devdb: " + msg);
        System.err.flush();
        System.exit(1);
    }
}
