package io.gongxin.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL 15 server from Debian's packages ({@code /usr/lib/postgresql/15/bin}), as an operator runs
 * one: its own cluster in a temporary directory, on a free port, the owner and application roles and the database
 * created as the README's "Running outside demo mode" says. It can be restarted in immediate mode (a crash, as far
 * as the database is concerned) and can start a streaming replica of itself ({@code pg_basebackup -R}, hot standby).
 *
 * <p>initdb and postgres refuse to run as root: as root, the server runs as the {@code postgres} OS user and its
 * directory belongs to that user. Where the binaries are missing the test is skipped with the reason printed, and
 * fails under {@code CI=true}, where {@code .ci/run} installs {@code postgresql-15}.
 */
public final class RealPostgres implements AutoCloseable {

	public static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");

	public static final String OWNER = "gongxin_owner";

	public static final String OWNER_PASSWORD = "owner-secret-for-tests";

	public static final String APPLICATION = "gongxin_app";

	public static final String APPLICATION_PASSWORD = "app-secret-for-tests";

	public static final String DATABASE = "gongxin";

	private final Path root;

	private final Path data;

	private final int port;

	private RealPostgres(Path root, int port) {
		this.root = root;
		this.data = root.resolve("data");
		this.port = port;
	}

	/** A new primary, started, with the platform's roles and database. */
	public static RealPostgres primary() throws Exception {
		requireBinaries();
		RealPostgres server = new RealPostgres(workspace("gongxin-primary-"), freePort());
		server.run(BIN.resolve("initdb").toString(), "-D", server.data.toString(), "-U", "postgres", "-A", "trust",
				"-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
		server.configure("""
				listen_addresses = 'localhost'
				max_connections = 100
				timezone = 'Asia/Shanghai'
				wal_level = replica
				max_wal_senders = 5
				hot_standby = on
				fsync = off
				full_page_writes = off
				synchronous_commit = on
				""");
		server.start();
		server.createRolesAndDatabase();
		return server;
	}

	/** A hot standby streaming from this server, on its own port, started. */
	public RealPostgres startReplica() throws Exception {
		RealPostgres replica = new RealPostgres(workspace("gongxin-replica-"), freePort());
		run(BIN.resolve("pg_basebackup").toString(), "-h", "localhost", "-p", String.valueOf(port), "-U", "postgres",
				"-D", replica.data.toString(), "-R", "-X", "stream", "--checkpoint=fast", "--no-sync");
		replica.configure("hot_standby = on\n");
		replica.start();
		return replica;
	}

	public int port() {
		return port;
	}

	/** JDBC URL of the platform's database on this server. */
	public String url() {
		return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
	}

	/** The settings an operator gives each node for this server (README, "Running outside demo mode"). */
	public List<String> applicationSettings() {
		return List.of("--spring.datasource.url=" + url(), "--spring.datasource.username=" + APPLICATION,
				"--spring.datasource.password=" + APPLICATION_PASSWORD, "--spring.flyway.user=" + OWNER,
				"--spring.flyway.password=" + OWNER_PASSWORD);
	}

	/** A superuser connection to the platform's database, for the test's own checks. */
	public Connection superuser() throws SQLException {
		return DriverManager.getConnection(url(), "postgres", "");
	}

	public long count(String sql) throws SQLException {
		try (Connection db = superuser(); Statement statement = db.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	public void execute(String sql) throws SQLException {
		try (Connection db = superuser(); Statement statement = db.createStatement()) {
			statement.execute(sql);
		}
	}

	public void start() throws Exception {
		pgCtl("-w", "-t", "60", "start");
	}

	/** As if the server had crashed: no checkpoint, every connection cut; it recovers from its WAL when started. */
	public void restartImmediately() throws Exception {
		pgCtl("-w", "-t", "60", "-m", "immediate", "restart");
	}

	public void stop() throws Exception {
		pgCtl("-w", "-t", "60", "-m", "fast", "stop");
	}

	@Override
	public void close() throws Exception {
		try {
			if (Files.exists(data.resolve("postmaster.pid"))) {
				pgCtl("-w", "-t", "60", "-m", "immediate", "stop");
			}
		}
		finally {
			try (Stream<Path> files = Files.walk(root)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private void pgCtl(String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
				root.resolve("server.log").toString(), "-o", "-p " + port + " -k " + root));
		command.addAll(List.of(arguments));
		run(command.toArray(String[]::new));
	}

	private void configure(String settings) throws IOException {
		Path conf = data.resolve("postgresql.conf");
		Files.writeString(conf, Files.readString(conf) + "\n" + settings);
	}

	private void createRolesAndDatabase() throws SQLException {
		try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres",
				""); Statement statement = db.createStatement()) {
			statement.execute("create role " + OWNER + " login password '" + OWNER_PASSWORD + "'");
			statement.execute("create database " + DATABASE + " owner " + OWNER);
			// a plain login role: no superuser, createrole, createdb (ADR 0010)
			statement.execute("create role " + APPLICATION + " login password '" + APPLICATION_PASSWORD + "'");
		}
	}

	/** Runs a server binary, as the postgres OS user when this JVM is root; fails with its output. */
	private void run(String... command) throws Exception {
		List<String> full = new ArrayList<>();
		if (isRoot()) {
			full.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		full.addAll(List.of(command));
		Path output = Files.createTempFile("gongxin-pg-command-", ".log");
		try {
			Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile()).start();
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("timed out: " + full);
			}
			if (process.exitValue() != 0) {
				String log = Files.exists(root.resolve("server.log")) ? Files.readString(root.resolve("server.log")) : "";
				throw new IllegalStateException(
						"failed (" + process.exitValue() + "): " + full + "\n" + Files.readString(output) + "\n" + log);
			}
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	/** A directory the server may own: as root, handed to the postgres OS user. */
	private static Path workspace(String prefix) throws IOException {
		Path directory = Files.createTempDirectory(prefix);
		if (isRoot()) {
			UserPrincipal postgres = directory.getFileSystem().getUserPrincipalLookupService()
				.lookupPrincipalByName("postgres");
			Files.setOwner(directory, postgres);
		}
		return directory;
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Skips (prints why) where PostgreSQL 15 is not installed; fails under CI=true. */
	static void requireBinaries() {
		if (Files.isExecutable(BIN.resolve("pg_ctl")) && Files.isExecutable(BIN.resolve("initdb"))
				&& Files.isExecutable(BIN.resolve("pg_basebackup"))) {
			return;
		}
		String reason = "Debian package postgresql-15 is not installed (looked in " + BIN + "); .ci/run installs it";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			Assertions.fail("CI=true: " + reason);
		}
		System.out.println("SKIPPED: " + reason);
		Assumptions.abort(reason);
	}
}
