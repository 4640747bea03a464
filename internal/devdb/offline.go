package devdb

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// ImportOptions configures OfflineImport.
type ImportOptions struct {
	Options
	// Args are the importer's file arguments (--nodes=…, --relationships=…, …).
	Args []string
	// Overwrite replaces a database that exists (the caller checked that it is empty).
	Overwrite bool
	// WorkDir holds the importer's configuration and report (a temporary directory).
	WorkDir string
}

// importerJVM are the importer's JVM options. Its run is short (seconds) and CPU-bound on a
// machine of few cores, so the C2 compiler's work rarely pays back: C1 alone cut its CPU time
// by a third. The parallel collector spends less CPU than G1 on a heap that is mostly the
// importer's short-lived parse buffers. The heap is what the importer asks for on a small
// graph; its caches are off-heap (--max-off-heap-memory). The --add-opens are the ones
// neo4j-admin's own launcher passes: without java.nio's, Neo4j's page cache falls back to
// copying every page it writes through a heap buffer, eight bytes at a time.
var importerJVM = []string{"-Xms512m", "-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC",
	"--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
	"--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"}

// OfflineImport runs Neo4j's offline importer (`neo4j-admin database import full`, Community,
// the neo4j-import-tool artifact among the launcher's Maven dependencies) into the database
// "neo4j" under opts.DataDir, the layout Start serves: DataDir is Neo4j's home. Neo4j must not
// be running on DataDir. It returns the importer's wall time, its JVM start included, and the
// CPU time it used (on a shared machine the steadier figure).
func OfflineImport(ctx context.Context, opts ImportOptions) (wall, cpu time.Duration, err error) {
	if err := Build(ctx, opts.Options); err != nil {
		return 0, 0, err
	}
	java, err := exec.LookPath("java")
	if err != nil {
		return 0, 0, errors.New("devdb: " + javaHint)
	}
	root, err := opts.root()
	if err != nil {
		return 0, 0, err
	}
	dataDir, err := filepath.Abs(opts.DataDir)
	if err != nil {
		return 0, 0, err
	}
	target := filepath.Join(root, JavaDir, "target")
	jvm := importerJVM
	if archive, err := importerArchive(ctx, java, target, opts.Options); err != nil {
		// Only slower without it: the JVM then loads every class from the jars.
		opts.logger().Warn("no class archive for Neo4j's offline importer; it starts slower", "err", err)
	} else {
		jvm = append(jvm[:len(jvm):len(jvm)], "-XX:SharedArchiveFile="+archive)
	}
	opts.logger().Info("running Neo4j's offline importer", "data", dataDir)
	start := time.Now()
	cmd, tail, err := importerCommand(ctx, java, target, jvm, dataDir, opts.WorkDir, opts.Options,
		append(append([]string{fmt.Sprintf("--overwrite-destination=%t", opts.Overwrite)}, opts.Args...), "neo4j"))
	if err != nil {
		return 0, 0, err
	}
	if err := cmd.Run(); err != nil {
		return 0, 0, fmt.Errorf("devdb: Neo4j's offline importer failed (%v); its last output:\n%s", err, tail)
	}
	return time.Since(start), cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), nil
}

// importerCommand is the importer's command line for a database under home, with its
// configuration and report in workDir.
func importerCommand(ctx context.Context, java, target string, jvm []string, home, workDir string, opts Options, args []string) (*exec.Cmd, *tailBuffer, error) {
	conf := filepath.Join(workDir, "conf") // no neo4j.conf: the importer's defaults
	for _, dir := range []string{conf, home} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, nil, fmt.Errorf("devdb: %w", err)
		}
	}
	all := append(jvm[:len(jvm):len(jvm)],
		"-cp", filepath.Join(target, "devdb.jar")+string(filepath.ListSeparator)+filepath.Join(target, "lib", "*"),
		"org.neo4j.cli.AdminTool", "database", "import", "full",
		"--report-file="+filepath.Join(workDir, "import.report"),
		// Its caches: a share of a shared machine, not the default 90% of free memory.
		"--max-off-heap-memory=2G")
	cmd := exec.CommandContext(ctx, java, append(all, args...)...)
	cmd.Env = append(os.Environ(), "NEO4J_HOME="+home, "NEO4J_CONF="+conf)
	cmd.Dir = workDir
	tail := &tailBuffer{max: 30}
	cmd.Stdout = io.MultiWriter(orDiscard(opts.Stdout), tail)
	cmd.Stderr = io.MultiWriter(orDiscard(opts.Stderr), tail)
	return cmd, tail, nil
}

// DatabaseExists reports whether the local database under dataDir has store files (an
// offline import into it must first check it is empty, and overwrite it).
func DatabaseExists(dataDir string) bool {
	_, err := os.Stat(filepath.Join(dataDir, "data", "databases", "neo4j"))
	return err == nil
}
