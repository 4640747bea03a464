package devdb

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
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
	// Records is the number of records the files hold: from c2Records on, the importer's JVM
	// also compiles with C2.
	Records int
}

// importerJVM are the importer's JVM options. A short run (seconds) on a machine of few cores
// spends more on the C2 compiler's work than it wins back: C1 alone cut the CPU time by a
// third, and on the bench's QUICK dataset (220,001 records) it still did (2 cores: 5.5 s wall,
// 8.7 s CPU with C1 alone; 7.3 s, 13.6 s with C2). From c2Records on, C2 pays: on the full
// dataset (1,100,001 records) 15.1 s against 17.8–19.2 s with C1 alone. The parallel
// collector spends less CPU than G1 on a heap that is mostly the importer's short-lived parse
// buffers. The heap is what the importer asks for on a small graph; its caches are off-heap
// (--max-off-heap-memory). The --add-opens are the ones neo4j-admin's own launcher passes:
// without java.nio's, Neo4j's page cache falls back to copying every page it writes through a
// heap buffer, eight bytes at a time. (devdb.jar's PageCacheFlusher, first on the class path,
// is the largest gain: QUICK 8.7–9.0 s → 4.8–6.2 s, full 36.7–38.2 s → 17.8–19.2 s.)
var importerJVM = []string{"-Xms512m", "-Xmx1g", c1Only, "-XX:+UseParallelGC",
	"--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
	"--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"}

const (
	c1Only    = "-XX:TieredStopAtLevel=1"
	c2Records = 500_000
)

// c2Later are the C2 thresholds five times the JDK's: on the full bench set the C2 compiler
// thread used 5 of the importer's 16.5 s of CPU, compiling some 750 methods, most of them run
// too little to pay it back. Compiling only the hottest cut the full set's importer from 16.4
// to 14.1 s of CPU and 9.0 to 8.2 s wall (3 interleaved runs each, 2 cores); twenty times
// measured the same. On QUICK C1 alone still wins (4.9 s of CPU against 6.9 s).
var c2Later = []string{"-XX:Tier4InvocationThreshold=25000", "-XX:Tier4MinInvocationThreshold=3000",
	"-XX:Tier4CompileThreshold=75000", "-XX:Tier4BackEdgeThreshold=200000"}

// jvmFor is importerJVM for an import of records records.
func jvmFor(records int) []string {
	if records < c2Records {
		return importerJVM
	}
	out := slices.Clone(c2Later)
	for _, o := range importerJVM {
		if o != c1Only {
			out = append(out, o)
		}
	}
	return out
}

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
	jvm := jvmFor(opts.Records)
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
