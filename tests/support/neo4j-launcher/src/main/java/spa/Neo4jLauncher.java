package spa;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Test-only launcher: an embedded Neo4j Community DBMS with the Bolt connector on
 * 127.0.0.1:PORT and authentication disabled.
 *
 * <p>Usage: {@code java -Xmx512m -jar target/neo4j-launcher.jar --port N --data-dir DIR
 * [--exit-on-stdin-eof]}
 *
 * <p>Prints exactly one line {@code NEO4J_READY bolt://127.0.0.1:N} to stdout once the
 * default database answers a query; everything else goes to stderr (Neo4j's own logs
 * are written under DIR/logs). Shuts down cleanly on SIGTERM/SIGINT via a shutdown hook.
 * With {@code --exit-on-stdin-eof} it also shuts down when its stdin reaches EOF, so a
 * parent that dies without cleaning up (e.g. a killed test run) does not leave it behind.
 */
public final class Neo4jLauncher {

    private Neo4jLauncher() {}

    public static void main(String[] args) throws Exception {
        Integer port = null;
        Path dataDir = null;
        boolean exitOnStdinEof = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ("--port".equals(a) && i + 1 < args.length) {
                port = Integer.parseInt(args[++i]);
            } else if ("--data-dir".equals(a) && i + 1 < args.length) {
                dataDir = Path.of(args[++i]).toAbsolutePath();
            } else if ("--exit-on-stdin-eof".equals(a)) {
                exitOnStdinEof = true;
            } else {
                usage("unknown argument: " + a);
            }
        }
        if (port == null || dataDir == null) {
            usage("--port and --data-dir are required");
        }

        // Keep stdout for the READY line only.
        PrintStream ready = System.out;
        System.setOut(System.err);
        try {
            run(port, dataDir, exitOnStdinEof, ready);
        } catch (Throwable t) {
            // Neo4j starts non-daemon threads: without an explicit exit a failed start
            // (e.g. port already in use) would leave the JVM hanging.
            System.err.println("neo4j-launcher: failed to start: " + t);
            t.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(int port, Path dataDir, boolean exitOnStdinEof, PrintStream ready)
            throws InterruptedException {
        long t0 = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                // No "anonymous usage data" phone-home: tests must not reach outside the machine.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Bolt waits 5 s + 5 s by default on shutdown; tests start/stop often.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("neo4j-launcher: shutting down");
            try {
                dbms.shutdown();
            } catch (Throwable t) {
                t.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }, "neo4j-launcher-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofSeconds(120).toMillis())) {
            System.err.println("neo4j-launcher: default database did not become available");
            System.exit(2);
        }
        db.executeTransactionally("RETURN 1");

        System.err.printf("neo4j-launcher: started in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        ready.println("NEO4J_READY bolt://127.0.0.1:" + port);
        ready.flush();

        if (exitOnStdinEof) {
            Thread watchdog = new Thread(() -> {
                try {
                    while (System.in.read() != -1) {
                        // ignore input; only EOF matters
                    }
                } catch (Exception ignored) {
                    // treat a broken stdin like EOF
                }
                System.err.println("neo4j-launcher: stdin closed, exiting");
                System.exit(0);
            }, "neo4j-launcher-stdin-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }

        stopped.await();
    }

    private static void usage(String msg) {
        System.err.println("neo4j-launcher: " + msg);
        System.err.println("usage: java -jar neo4j-launcher.jar --port N --data-dir DIR [--exit-on-stdin-eof]");
        System.exit(64);
    }
}
