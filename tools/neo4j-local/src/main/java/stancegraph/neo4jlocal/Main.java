package stancegraph.neo4jlocal;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.log4j.Log4jLogProvider;
import sun.misc.Signal;

/**
 * Embedded Neo4j Community with a Bolt connector on 127.0.0.1, for local development and tests.
 *
 * <p>Usage: {@code Main --home <dir> --bolt-port <n> [--http-port <n>]}. Prints
 * {@code NEO4J_READY bolt://127.0.0.1:<n>} (followed by {@code http://127.0.0.1:<m>} when an HTTP port
 * was given) once the database is up. Stops on SIGTERM/SIGINT or when stdin reaches EOF, so it never outlives
 * the process that started it.
 */
public final class Main {
    private static final String HOST = "127.0.0.1";

    private static DatabaseManagementService service;
    private static OutputStream userLogStream;

    private Main() {}

    public static void main(String[] args) {
        // Neo4j's own output must not reach stdout: the parent only expects the ready line there.
        PrintStream stdout = System.out;
        System.setOut(System.err);

        Path home = null;
        int boltPort = -1;
        int httpPort = -1;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--home" -> {
                    home = value == null ? null : Path.of(value).toAbsolutePath();
                    i++;
                }
                case "--bolt-port" -> {
                    boltPort = parsePort(value);
                    i++;
                }
                case "--http-port" -> {
                    httpPort = parsePort(value);
                    i++;
                }
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (home == null || boltPort < 0) {
            usage("--home and --bolt-port are required");
        }

        Runtime.getRuntime().addShutdownHook(new Thread(Main::shutdown, "neo4j-local-shutdown"));
        // Exit with 0 (not 143/130) on a requested stop; the shutdown hook still runs.
        Signal.handle(new Signal("TERM"), s -> System.exit(0));
        Signal.handle(new Signal("INT"), s -> System.exit(0));

        try {
            Path logs = home.resolve("logs");
            Files.createDirectories(logs);
            userLogStream = new FileOutputStream(logs.resolve("neo4j.log").toFile(), true);
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                    .setUserLogProvider(new Log4jLogProvider(userLogStream))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, boltPort))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, boltPort))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    // Only reachable from loopback, so no credentials.
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                    .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(512))
                    .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Bolt otherwise idles ~10 s on shutdown waiting for connections that are already gone.
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2));
            builder.setConfig(HttpConnector.enabled, httpPort > 0);
            if (httpPort > 0) {
                // HTTP API plus Neo4j Browser (from the neo4j-browser jar on the classpath) at /browser/.
                builder.setConfig(HttpConnector.listen_address, new SocketAddress(HOST, httpPort))
                        .setConfig(HttpConnector.advertised_address, new SocketAddress(HOST, httpPort));
            }
            DatabaseManagementService started = builder.build();
            synchronized (Main.class) {
                service = started;
            }
            // Touch the default database so the ready line means queries will succeed.
            started.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        } catch (Throwable e) {
            // Stack trace first: callers show the tail of stderr, which should end with the cause.
            e.printStackTrace(System.err);
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            System.err.println("neo4j-local: failed to start Neo4j in " + home + ": " + root);
            System.err.println("neo4j-local: see " + home.resolve("logs").resolve("debug.log"));
            System.exit(1);
        }

        String ready = "NEO4J_READY bolt://" + HOST + ":" + boltPort;
        stdout.println(httpPort > 0 ? ready + " http://" + HOST + ":" + httpPort : ready);
        stdout.flush();

        waitForStdinEof();
        System.exit(0);
    }

    private static void waitForStdinEof() {
        byte[] buffer = new byte[256];
        InputStream in = System.in;
        try {
            while (in.read(buffer) >= 0) {
                // Input is ignored; only EOF matters.
            }
        } catch (IOException e) {
            // A broken stdin means the parent is gone: stop as well.
        }
    }

    private static synchronized void shutdown() {
        if (service != null) {
            try {
                service.shutdown();
            } catch (Throwable e) {
                System.err.println("neo4j-local: error during shutdown: " + e);
            }
            service = null;
        }
        if (userLogStream != null) {
            try {
                userLogStream.close();
            } catch (IOException e) {
                // Nothing useful to do while exiting.
            }
            userLogStream = null;
        }
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                usage("port out of range: " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            usage("not a port number: " + value);
            return -1;
        }
    }

    private static void usage(String problem) {
        System.err.println("neo4j-local: " + problem);
        System.err.println("usage: Main --home <dir> --bolt-port <n> [--http-port <n>]");
        System.exit(2);
    }
}
