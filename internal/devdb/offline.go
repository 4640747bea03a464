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
	conf := filepath.Join(opts.WorkDir, "conf") // no neo4j.conf: the importer's defaults
	for _, dir := range []string{conf, dataDir} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return 0, 0, fmt.Errorf("devdb: %w", err)
		}
	}
	target := filepath.Join(root, JavaDir, "target")
	args := []string{"-Xms512m", "-Xmx1g", // what the importer asks for on a small graph
		"-cp", filepath.Join(target, "devdb.jar") + string(filepath.ListSeparator) + filepath.Join(target, "lib", "*"),
		"org.neo4j.cli.AdminTool", "database", "import", "full",
		"--report-file=" + filepath.Join(opts.WorkDir, "import.report"),
		// Its caches: a share of a shared machine, not the default 90% of free memory.
		"--max-off-heap-memory=2G",
		fmt.Sprintf("--overwrite-destination=%t", opts.Overwrite)}
	args = append(append(args, opts.Args...), "neo4j")
	cmd := exec.CommandContext(ctx, java, args...)
	cmd.Env = append(os.Environ(), "NEO4J_HOME="+dataDir, "NEO4J_CONF="+conf)
	cmd.Dir = opts.WorkDir
	tail := &tailBuffer{max: 30}
	cmd.Stdout = io.MultiWriter(orDiscard(opts.Stdout), tail)
	cmd.Stderr = io.MultiWriter(orDiscard(opts.Stderr), tail)
	opts.logger().Info("running Neo4j's offline importer", "data", dataDir)
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return 0, 0, fmt.Errorf("devdb: Neo4j's offline importer failed (%v); its last output:\n%s", err, tail)
	}
	return time.Since(start), cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), nil
}

// DatabaseExists reports whether the local database under dataDir has store files (an
// offline import into it must first check it is empty, and overwrite it).
func DatabaseExists(dataDir string) bool {
	_, err := os.Stat(filepath.Join(dataDir, "data", "databases", "neo4j"))
	return err == nil
}
