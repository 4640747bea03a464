// Package devdb builds and runs the project's local Neo4j: Neo4j Community
// embedded in a small Java program (the Maven project in java/ beside this
// file), fetched from Maven Central and serving Bolt on 127.0.0.1 only.
//
// Start builds devdb/ with Maven when needed, launches java, and returns once
// the program prints "READY bolt://127.0.0.1:PORT". The java process dies with
// its parent: Pdeathsig plus an open stdin pipe whose EOF tells it to stop.
package devdb

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Options configures Build and Start. The zero value is usable.
type Options struct {
	// Port is the Bolt port on 127.0.0.1; 0 picks a free port.
	Port int
	// DataDir holds the database and Neo4j's logs (created if missing);
	// "" means RepoRoot/.data/neo4j.
	DataDir string
	// RepoRoot is the repository root (holding go.mod and JavaDir); "" finds
	// it by walking up from the working directory to go.mod.
	RepoRoot string
	// Stdout and Stderr receive the java process's output (nil discards it).
	// The READY line is consumed and not forwarded.
	Stdout, Stderr io.Writer
	// Logger gets progress messages; nil means slog.Default().
	Logger *slog.Logger
	// ReadyTimeout bounds the wait for READY after java starts (default 120 s).
	ReadyTimeout time.Duration
	// HeapMB and PageCacheMB size Neo4j's memory (defaults 1024 and 256: a laptop's dev
	// database). A benchmark on a big graph gives it what Neo4j's memory guide would.
	HeapMB, PageCacheMB int
}

// JavaDir is where the Java launcher (a Maven project) lives, relative to the repository root.
const JavaDir = "internal/devdb/java"

const (
	javaHint  = "java not found on PATH: install OpenJDK 17 (apt-get install openjdk-17-jre-headless)"
	mvnHint   = "mvn not found on PATH: install Maven and a JDK (apt-get install maven openjdk-17-jdk-headless)"
	stopGrace = 30 * time.Second
)

func (o *Options) logger() *slog.Logger {
	if o.Logger != nil {
		return o.Logger
	}
	return slog.Default()
}

func (o *Options) root() (string, error) {
	if o.RepoRoot != "" {
		return filepath.Abs(o.RepoRoot)
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			if _, err := os.Stat(filepath.Join(dir, JavaDir, "pom.xml")); err != nil {
				return "", fmt.Errorf("devdb: %s has go.mod but no %s/pom.xml; set Options.RepoRoot", dir, JavaDir)
			}
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("devdb: no go.mod found above the working directory; set Options.RepoRoot")
		}
		dir = parent
	}
}

// Build runs `mvn -q -B -f internal/devdb/java/pom.xml package -DskipTests` if
// internal/devdb/java/target/devdb.jar is missing or older than the pom or any source file.
// Concurrent callers (e.g. parallel test binaries) are serialised by a lock file.
func Build(ctx context.Context, opts Options) error {
	root, err := opts.root()
	if err != nil {
		return err
	}
	devdir := filepath.Join(root, JavaDir)
	if !stale(devdir) {
		return nil
	}
	mvn, err := exec.LookPath("mvn")
	if err != nil {
		return errors.New("devdb: " + mvnHint)
	}
	if _, err := exec.LookPath("java"); err != nil {
		return errors.New("devdb: " + javaHint)
	}

	target := filepath.Join(devdir, "target")
	if err := os.MkdirAll(target, 0o755); err != nil {
		return fmt.Errorf("devdb: %w", err)
	}
	lock, err := os.OpenFile(filepath.Join(target, ".build.lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return fmt.Errorf("devdb: %w", err)
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		return fmt.Errorf("devdb: locking %s: %w", lock.Name(), err)
	}
	defer syscall.Flock(int(lock.Fd()), syscall.LOCK_UN)
	if !stale(devdir) { // someone else built it while we waited
		return nil
	}

	log := opts.logger()
	log.Info("building devdb with Maven (first run downloads Neo4j, ~1-2 min)")
	start := time.Now()
	var out bytes.Buffer
	cmd := exec.CommandContext(ctx, mvn, "-q", "-B", "-f", filepath.Join(devdir, "pom.xml"), "package", "-DskipTests")
	cmd.Dir = root
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("devdb: Maven build failed (%v):\n%s", err, lastLines(out.String(), 30))
	}
	// Maven leaves an unchanged jar alone; touch it so stale() sees it as current.
	now := time.Now()
	_ = os.Chtimes(filepath.Join(target, "devdb.jar"), now, now)
	log.Info("devdb built", "duration", time.Since(start).Round(time.Millisecond))
	return nil
}

// stale reports whether the jar or its copied dependencies are missing, or the
// jar is older than pom.xml or anything under src/.
func stale(devdir string) bool {
	jar, err := os.Stat(filepath.Join(devdir, "target", "devdb.jar"))
	if err != nil {
		return true
	}
	if libs, _ := filepath.Glob(filepath.Join(devdir, "target", "lib", "neo4j-kernel-*.jar")); len(libs) == 0 {
		return true
	}
	if pom, err := os.Stat(filepath.Join(devdir, "pom.xml")); err != nil || pom.ModTime().After(jar.ModTime()) {
		return true
	}
	newer := false
	_ = filepath.WalkDir(filepath.Join(devdir, "src"), func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if info, err := d.Info(); err == nil && info.ModTime().After(jar.ModTime()) {
			newer = true
			return filepath.SkipAll
		}
		return nil
	})
	return newer
}

// FreePort returns a TCP port on 127.0.0.1 that was free a moment ago.
func FreePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Instance is a running devdb java process.
type Instance struct {
	uri   string
	port  int
	cmd   *exec.Cmd
	stdin io.WriteCloser
	done  chan struct{} // closed when the process has exited
	err   error         // cmd.Wait's result, valid after done
	log   *slog.Logger

	stopOnce sync.Once
	stopErr  error
}

// Start builds devdb if needed, launches Neo4j and waits until Bolt accepts
// connections. ctx bounds the build and the start-up only; afterwards the
// instance runs until Stop (or until this process exits).
func Start(ctx context.Context, opts Options) (*Instance, error) {
	if err := Build(ctx, opts); err != nil {
		return nil, err
	}
	java, err := exec.LookPath("java")
	if err != nil {
		return nil, errors.New("devdb: " + javaHint)
	}
	root, err := opts.root()
	if err != nil {
		return nil, err
	}
	dataDir := opts.DataDir
	if dataDir == "" {
		dataDir = filepath.Join(root, ".data", "neo4j")
	}
	if dataDir, err = filepath.Abs(dataDir); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dataDir, 0o755); err != nil {
		return nil, fmt.Errorf("devdb: %w", err)
	}

	// A picked port can be taken by someone else before java binds it; retry then.
	for attempt := 1; ; attempt++ {
		port := opts.Port
		if port == 0 {
			if port, err = FreePort(); err != nil {
				return nil, fmt.Errorf("devdb: no free port: %w", err)
			}
		}
		inst, err := launch(ctx, opts, java, root, dataDir, port)
		if err != nil && opts.Port == 0 && attempt < 3 && strings.Contains(err.Error(), "already in use") {
			continue
		}
		return inst, err
	}
}

func launch(ctx context.Context, opts Options, java, root, dataDir string, port int) (*Instance, error) {
	log := opts.logger()
	target := filepath.Join(root, JavaDir, "target")
	heap, pageCache := cmp.Or(opts.HeapMB, 1024), cmp.Or(opts.PageCacheMB, 256)
	cmd := exec.Command(java, "-Xms256m", fmt.Sprintf("-Xmx%dm", heap),
		"-cp", filepath.Join(target, "devdb.jar")+string(filepath.ListSeparator)+filepath.Join(target, "lib", "*"),
		"hkgraph.devdb.DevDb", "--port", strconv.Itoa(port), "--data", dataDir, "--pagecache-mb", strconv.Itoa(pageCache))
	cmd.Dir = root
	// Pdeathsig: the kernel sends SIGTERM when we die (strictly: when the OS
	// thread that forked dies, which Go only does for goroutines that exit while
	// locked to their thread). Setpgid: a terminal's Ctrl-C reaches us, not
	// java, so we can stop Neo4j in order after our child command finishes.
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM, Setpgid: true}

	stdin, err := cmd.StdinPipe() // kept open; EOF tells DevDb to exit
	if err != nil {
		return nil, err
	}
	tail := &tailBuffer{max: 20}
	cmd.Stderr = io.MultiWriter(orDiscard(opts.Stderr), tail)
	outR, outW := io.Pipe()
	cmd.Stdout = outW

	log.Info("starting Neo4j", "port", port, "data", dataDir)
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("devdb: starting java: %w", err)
	}
	inst := &Instance{
		uri: fmt.Sprintf("bolt://127.0.0.1:%d", port), port: port,
		cmd: cmd, stdin: stdin, done: make(chan struct{}), log: log,
	}
	go func() {
		inst.err = cmd.Wait()
		outW.Close()
		close(inst.done)
	}()

	ready := make(chan string, 1)
	go func() { // scan stdout for READY; forward everything else; always drain
		sc := bufio.NewScanner(outR)
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "READY ") {
				select {
				case ready <- strings.TrimPrefix(line, "READY "):
				default:
				}
				continue
			}
			fmt.Fprintln(orDiscard(opts.Stdout), line)
		}
		io.Copy(io.Discard, outR)
	}()

	timeout := opts.ReadyTimeout
	if timeout <= 0 {
		timeout = 120 * time.Second
	}
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case uri := <-ready:
		inst.uri = uri
		log.Info("Neo4j ready", "uri", uri, "duration", time.Since(start).Round(time.Millisecond))
		return inst, nil
	case <-inst.done:
		return nil, fmt.Errorf("devdb: Neo4j exited before it was ready (%v); its last output:\n%s", inst.err, tail)
	case <-timer.C:
		inst.Stop()
		return nil, fmt.Errorf("devdb: Neo4j not ready after %s (see %s); its last output:\n%s",
			timeout, filepath.Join(dataDir, "logs", "debug.log"), tail)
	case <-ctx.Done():
		inst.Stop()
		return nil, fmt.Errorf("devdb: start cancelled: %w", ctx.Err())
	}
}

// URI is the Bolt URI, bolt://127.0.0.1:PORT.
func (i *Instance) URI() string { return i.uri }

// Port is the Bolt port.
func (i *Instance) Port() int { return i.port }

// Pid is the java process id.
func (i *Instance) Pid() int { return i.cmd.Process.Pid }

// Done is closed when the java process has exited.
func (i *Instance) Done() <-chan struct{} { return i.done }

// Wait blocks until the java process exits and returns its exit error.
func (i *Instance) Wait() error {
	<-i.done
	return i.err
}

// Stop asks Neo4j to shut down (SIGTERM), waits up to 30 s, then kills it.
// An exit caused by our SIGTERM counts as success. Safe to call repeatedly.
func (i *Instance) Stop() error {
	i.stopOnce.Do(func() {
		select {
		case <-i.done: // already gone
			i.stopErr = exitErr(i.err)
			return
		default:
		}
		start := time.Now()
		_ = i.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-i.done:
			i.stopErr = exitErr(i.err)
			i.log.Info("Neo4j stopped", "duration", time.Since(start).Round(time.Millisecond))
		case <-time.After(stopGrace):
			_ = syscall.Kill(-i.cmd.Process.Pid, syscall.SIGKILL) // whole process group
			<-i.done
			i.stopErr = fmt.Errorf("devdb: Neo4j did not stop within %s and was killed", stopGrace)
		}
		i.stdin.Close()
	})
	return i.stopErr
}

// exitErr ignores the exit statuses a SIGTERM-driven shutdown produces.
func exitErr(err error) error {
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok &&
			((ws.Signaled() && ws.Signal() == syscall.SIGTERM) || ws.ExitStatus() == 128+int(syscall.SIGTERM)) {
			return nil
		}
	}
	if err != nil {
		return fmt.Errorf("devdb: Neo4j exited: %w", err)
	}
	return nil
}

func orDiscard(w io.Writer) io.Writer {
	if w == nil {
		return io.Discard
	}
	return w
}

// tailBuffer keeps the last max lines written to it.
type tailBuffer struct {
	mu      sync.Mutex
	max     int
	lines   []string
	partial string
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	parts := strings.Split(t.partial+string(p), "\n")
	t.partial = parts[len(parts)-1]
	t.lines = append(t.lines, parts[:len(parts)-1]...)
	if len(t.lines) > t.max {
		t.lines = t.lines[len(t.lines)-t.max:]
	}
	return len(p), nil
}

func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	s := strings.Join(append(append([]string(nil), t.lines...), t.partial), "\n")
	if s = strings.TrimSpace(s); s == "" {
		return "(nothing)"
	}
	return s
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
