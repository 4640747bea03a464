package devdb

import (
	"archive/zip"
	"context"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// The importer's class archive is built once and is one the JVM accepts for the launcher's
// class path (-Xshare:on fails rather than ignore an archive that does not match).
func TestImporterArchive(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Neo4j's importer")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	opts := Options{Logger: slog.New(slog.NewTextHandler(testWriter{t}, nil))}
	if err := Build(ctx, opts); err != nil {
		t.Fatal(err)
	}
	java, err := exec.LookPath("java")
	if err != nil {
		t.Skip(javaHint)
	}
	root, err := opts.root()
	if err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(root, JavaDir, "target")
	archive, err := importerArchive(ctx, java, target, opts)
	if err != nil {
		t.Fatal(err)
	}
	// No signed jar is left: the archive could hold none of its classes.
	jars, _ := filepath.Glob(filepath.Join(target, "lib", "*.jar"))
	for _, jar := range jars {
		r, err := zip.OpenReader(jar)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range r.File {
			if signatureFile(f.Name) {
				t.Errorf("%s is still signed (%s)", jar, f.Name)
			}
		}
		r.Close()
	}
	first, err := os.Stat(archive)
	if err != nil {
		t.Fatal(err)
	}
	again, err := importerArchive(ctx, java, target, opts)
	if err != nil || again != archive {
		t.Fatalf("second call: %q, %v; want %q again", again, err, archive)
	}
	if st, err := os.Stat(again); err != nil || !st.ModTime().Equal(first.ModTime()) {
		t.Errorf("the archive was built again (%v)", err)
	}
	cmd := exec.CommandContext(ctx, java, append(append([]string{"-Xshare:on", "-XX:SharedArchiveFile=" + archive}, importerJVM...),
		"-cp", filepath.Join(target, "devdb.jar")+string(filepath.ListSeparator)+filepath.Join(target, "lib", "*"),
		"org.neo4j.cli.AdminTool", "--version")...)
	cmd.Env = append(os.Environ(), "NEO4J_HOME="+t.TempDir())
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("the JVM refuses the archive: %v\n%s", err, out)
	}
}

// Small imports run C1 alone; from c2Records on, the same options without it.
func TestJVMFor(t *testing.T) {
	if !slices.Contains(jvmFor(c2Records-1), c1Only) {
		t.Errorf("small import: %q", jvmFor(c2Records-1))
	}
	big := jvmFor(c2Records)
	if slices.Contains(big, c1Only) || len(big) != len(importerJVM)-1+len(c2Later) || !slices.Contains(big, c2Later[0]) {
		t.Errorf("big import: %q", big)
	}
}
