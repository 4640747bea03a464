package loaders

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/sync/errgroup"

	"github.com/hkgraph/hkgraph/kg"
)

// ImportStore is what an import needs from the database.
type ImportStore interface {
	Store
	// StartImport records a run before its first batch (a resumed run's record stays).
	StartImport(ctx context.Context, p kg.ImportProgress) error
	// ImportProgress returns a run's record and the batches that committed (nil: no such run).
	ImportProgress(ctx context.Context, runID string) (*kg.ImportProgress, error)
	// FinishImport marks a run finished once every batch committed.
	FinishImport(ctx context.Context, runID string) error
	// DeleteGraph deletes every entity, relationship, document and mention (Replace).
	DeleteGraph(ctx context.Context) error
	// Stats counts entities and relationships by type (from Neo4j's count store, no scan).
	Stats(ctx context.Context) (*kg.Stats, error)
	// SuspendIndexes drops the id and key indexes of empty relationship types, and with
	// entities the entities' name and search indexes, for a first load, noting them on the
	// run; RestoreIndexes creates every noted one again and waits until they are online (it
	// returns how many it created).
	SuspendIndexes(ctx context.Context, runID string, types []kg.RelType, entities bool) error
	RestoreIndexes(ctx context.Context) (int, error)
	// BuildIndexes creates suspended indexes once their load is written, without waiting
	// (RestoreIndexes waits).
	BuildIndexes(ctx context.Context, types []kg.RelType, entities bool) error
}

// ImportOptions tune an import.
type ImportOptions struct {
	RunID     string // resume this run after a failure; "" = a new run id
	BatchSize int    // records per transaction; 0 = 5000
	// Workers is how many batches are written at once; 0 = DefaultImportWorkers. Batches of
	// one phase (entities, then relationships) commit in any order; a resumed run skips
	// exactly those that did.
	Workers  int
	Progress io.Writer // where the progress bar goes; nil = none
	Log      *slog.Logger
	// Replace makes the files the whole graph (a restore): they are validated on their own,
	// as if the database were empty, then everything in the database is deleted before the
	// first batch. A resumed run (RunID with progress) deletes nothing again.
	Replace bool
}

// ImportSummary says what an import did.
type ImportSummary struct {
	RunID                              string
	Documents, Entities, Relationships int
	Batches, Skipped                   int
	Counts                             kg.WriteCounts
	Duration                           time.Duration
}

// RecordsPerSecond is the import's throughput.
func (s ImportSummary) RecordsPerSecond() float64 {
	return float64(s.Documents+s.Entities+s.Relationships) / max(s.Duration.Seconds(), 1e-9)
}

// LoadFiles reads JSON datasets and CSV files (entities and relationships) into one dataset.
func LoadFiles(paths []string) (*Dataset, error) {
	all := &Dataset{}
	exports := 0
	for _, p := range paths {
		var ds *Dataset
		var err error
		switch strings.ToLower(filepath.Ext(p)) {
		case ".json":
			ds, err = LoadJSON(p)
			if err == nil {
				err = ds.inlineTexts(p)
			}
		case ".csv":
			ds, err = LoadCSV(p)
		default:
			err = fmt.Errorf("%s: unknown file type: give .json (the seed's format) or .csv (entities or relationships)", p)
		}
		if err != nil {
			return nil, err
		}
		if ds.Export != nil {
			exports++
			all.Export = ds.Export
		}
		all.Documents = append(all.Documents, ds.Documents...)
		all.Entities = append(all.Entities, ds.Entities...)
		all.Relationships = append(all.Relationships, ds.Relationships...)
	}
	if exports != len(paths) {
		all.Export = nil // the database's rules only when every file is an export
	}
	return all, nil
}

// inlineTexts reads textFile documents now, while the file's folder is known.
func (ds *Dataset) inlineTexts(name string) error {
	for i, d := range ds.Documents {
		if d.TextFile == "" || d.Text != "" {
			continue
		}
		if !fs.ValidPath(d.TextFile) || strings.Contains(d.TextFile, "/") {
			return fmt.Errorf("%s: documents[%d]: textFile %q must name a file beside the dataset", name, i, d.TextFile)
		}
		b, err := fs.ReadFile(ds.files, d.TextFile)
		if err != nil {
			return fmt.Errorf("%s: documents[%d]: textFile: %w", name, i, err)
		}
		ds.Documents[i].Text, ds.Documents[i].TextFile = string(b), ""
	}
	return nil
}

// DefaultImportWorkers is how many batches an import writes at once unless told otherwise:
// while one transaction commits, the next runs its statements.
const DefaultImportWorkers = 2

// Import validates every file whole, then writes in batches of opts.BatchSize, each batch one
// transaction that also records that it committed; `--run-id` resumes a failed run, skipping
// the batches that committed.
func Import(ctx context.Context, st ImportStore, paths []string, opts ImportOptions) (ImportSummary, error) {
	start := time.Now()
	if opts.BatchSize <= 0 {
		opts.BatchSize = 5000
	}
	if opts.Workers <= 0 {
		opts.Workers = DefaultImportWorkers
	}
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	fp, err := fingerprint(paths)
	if err != nil {
		return ImportSummary{}, err
	}
	sum := ImportSummary{RunID: opts.RunID}
	if sum.RunID == "" {
		sum.RunID = newRunID(fp)
	}
	resumeHint := func() string {
		return fmt.Sprintf("resume with: hkgraph import --run-id %s %s", sum.RunID, strings.Join(paths, " "))
	}
	var done []int
	if opts.RunID != "" {
		p, err := st.ImportProgress(ctx, opts.RunID)
		if err != nil {
			return sum, err
		}
		if p != nil {
			switch {
			case p.Fingerprint != fp:
				return sum, fmt.Errorf("run %s imported other files (or they changed since); start a new run without --run-id", opts.RunID)
			case p.BatchSize == 0 && !p.Finished:
				return sum, fmt.Errorf("run %s was recorded by an older hkgraph that cut batches differently; start a new run without --run-id (an import writes only what is missing or changed)", opts.RunID)
			case p.BatchSize > 0 && p.BatchSize != opts.BatchSize:
				opts.Log.Info("resuming with the run's batch size", "runId", opts.RunID, "batchSize", p.BatchSize)
				opts.BatchSize = p.BatchSize
			}
			done = p.Done
		}
	}
	ds, err := LoadFiles(paths)
	if err != nil {
		return sum, err
	}
	var c *Compiled
	if opts.Replace {
		c, err = ds.Compile(strings.Join(paths, ", "), Known{})
	} else {
		c, err = Prepare(ctx, st, ds, strings.Join(paths, ", "))
	}
	if err != nil {
		return sum, err
	}
	sum.Documents, sum.Entities, sum.Relationships = len(c.Documents), len(c.Entities), len(c.Relationships)
	batches := plan(c, opts.BatchSize)
	opts.Log.Info("read and validated the files", "documents", sum.Documents, "entities", sum.Entities,
		"relationships", sum.Relationships, "batches", len(batches), "workers", opts.Workers, "seconds", time.Since(start).Seconds())
	if len(done) > 0 {
		opts.Log.Info("resuming import", "runId", opts.RunID, "batchesDone", len(done), "batches", len(batches))
	}
	if opts.Replace && len(done) == 0 {
		opts.Log.Info("replacing the graph: deleting every entity, relationship and document")
		if err := st.DeleteGraph(ctx); err != nil {
			return sum, fmt.Errorf("deleting the graph before the import: %w", err)
		}
	}
	if err := st.StartImport(ctx, kg.ImportProgress{RunID: sum.RunID, Fingerprint: fp, BatchSize: opts.BatchSize, Total: len(batches)}); err != nil {
		return sum, err
	}
	// The relationships of a type that has none yet are all new (Compile merged those with one
	// id into one), so their batches create them without looking each up first. Read now, after
	// Replace's delete and before this run's first batch: a resumed run finds the types its
	// committed batches wrote non-empty and looks their rows up again.
	// Likewise entities, when the graph had none (Compile refuses two with one id): across
	// kinds, since an id is unique among all entities and one may change kind.
	gs, err := st.Stats(ctx)
	if err != nil {
		return sum, err
	}
	fresh, freshEntities := freshness(gs)
	suspended, err := suspendIndexes(ctx, st, sum.RunID, c, fresh, freshEntities, opts.Log)
	if suspended != nil {
		// On failure too: a run that stops leaves the indexes as it found them when it can
		// (a resumed run looks its rows up by id). Not cancelled with ctx, or an interrupted
		// run could not.
		defer func() {
			if n, err := st.RestoreIndexes(context.WithoutCancel(ctx)); err != nil {
				opts.Log.Error("creating the indexes suspended for the load failed; `hkgraph migrate` creates them", "err", err)
			} else if n > 0 {
				opts.Log.Info("created the indexes suspended for the load again", "indexes", n)
			}
		}()
	}
	if err != nil {
		return sum, err
	}
	for i := range batches {
		if len(batches[i].Relationships) > 0 {
			batches[i].FreshTypes = fresh
		}
		if len(batches[i].Entities) > 0 {
			batches[i].FreshEntities = freshEntities
		}
	}
	w := &batchWriter{st: st, runID: sum.RunID, workers: opts.Workers, bar: newBar(opts.Progress, len(batches), len(done)), suspended: suspended}
	skip := map[int]bool{}
	for _, i := range done {
		skip[i] = true
	}
	// Phases in order (documents, entities, then what links them), batches within one at once.
	for phase := range phaseCount {
		var todo []int
		for i, b := range batches {
			if b.phase == phase && !skip[i] {
				todo = append(todo, i)
			}
		}
		if err := w.write(ctx, batches, todo); err != nil {
			return sum, fmt.Errorf("%w; %s", err, resumeHint())
		}
		if len(todo) > 0 {
			opts.Log.Debug("import phase committed", "phase", phaseNames[phase], "batches", len(todo), "seconds", time.Since(start).Seconds())
		}
		if phase == phaseEntities && suspended != nil && suspended.entities {
			suspended.build(ctx, nil, true) // filled while the links are written
		}
	}
	if w.bar != nil {
		_ = w.bar.Finish()
	}
	if suspended != nil {
		// Part of the import: its indexes serve reads from the moment it reports done.
		if n, err := st.RestoreIndexes(ctx); err != nil {
			return sum, fmt.Errorf("every batch committed, but creating the indexes suspended for the load failed (%w); `hkgraph migrate` creates them", err)
		} else if n > 0 {
			opts.Log.Info("created the indexes suspended for the load", "indexes", n, "seconds", time.Since(start).Seconds())
		}
	}
	if err := st.FinishImport(ctx, sum.RunID); err != nil {
		return sum, fmt.Errorf("every batch committed, but marking the run finished failed (%w); %s", err, resumeHint())
	}
	sum.Counts, sum.Batches, sum.Skipped = w.counts, w.written, len(done)
	sum.Duration = time.Since(start)
	return sum, nil
}

// batchWriter writes the batches of one phase with a few workers.
type batchWriter struct {
	st      ImportStore
	runID   string
	workers int
	bar     *progressbar.ProgressBar
	// suspended creates the indexes of each type whose load it completes (nil: none dropped)
	suspended *suspension

	mu      sync.Mutex
	counts  kg.WriteCounts
	written int
}

// write writes batches[i] for each i in todo. The first failure stops new batches from
// starting; those in flight run to their end (not cancelled, so that when write returns every
// batch has committed or rolled back, and the run's marks say which).
func (w *batchWriter) write(ctx context.Context, batches []plannedBatch, todo []int) error {
	var g errgroup.Group
	g.SetLimit(w.workers)
	var failed atomic.Bool
	for _, i := range todo {
		if failed.Load() || ctx.Err() != nil {
			break
		}
		g.Go(func() error {
			if failed.Load() {
				return nil
			}
			b := batches[i].Batch
			b.Mark = &kg.BatchMark{RunID: w.runID, Index: i}
			counts, err := w.st.WriteBatch(ctx, b)
			if err != nil {
				failed.Store(true)
				return fmt.Errorf("batch %d of %d failed (%w)", i+1, len(batches), err)
			}
			w.suspended.written(ctx, b)
			w.mu.Lock()
			w.counts.Add(counts)
			w.written++
			w.mu.Unlock()
			if w.bar != nil {
				_ = w.bar.Add(1)
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	return ctx.Err()
}

// The phases of an import: a batch's records may refer only to records of earlier phases.
const (
	phaseDocuments = iota
	phaseEntities
	phaseLinks // relationships, and the documents' mentions of entities
	phaseCount
)

var phaseNames = [phaseCount]string{"documents", "entities", "links"}

type plannedBatch struct {
	kg.Batch
	phase int
}

// plan cuts the compiled data into batches: documents, entities, the documents' mentions of
// entities, then relationships grouped by type (stably, so a resumed run cuts the same
// batches) so that a batch writes one or two types with one statement each rather than a few
// rows of every type.
func plan(c *Compiled, size int) []plannedBatch {
	rels := slices.Clone(c.Relationships)
	slices.SortStableFunc(rels, func(a, b *kg.Relationship) int { return strings.Compare(string(a.Type), string(b.Type)) })
	out := []plannedBatch{{Batch: kg.Batch{Documents: c.Documents}, phase: phaseDocuments}}
	for part := range slices.Chunk(c.Entities, size) {
		out = append(out, plannedBatch{Batch: kg.Batch{Entities: part}, phase: phaseEntities})
	}
	// New documents get their mentions of every entity in this import, written once the
	// entities are.
	for part := range slices.Chunk(c.Mentions, size) {
		out = append(out, plannedBatch{Batch: kg.Batch{Mentions: part}, phase: phaseLinks})
	}
	for part := range slices.Chunk(rels, size) {
		out = append(out, plannedBatch{Batch: kg.Batch{Relationships: part}, phase: phaseLinks})
	}
	return out
}

// documentMentions finds the documents' mentions of entities.
func documentMentions(docs []*kg.Document, entities []*kg.Entity) []kg.Mention {
	if len(docs) == 0 {
		return nil
	}
	m := NewMatcher(entities)
	var mentions []kg.Mention
	for _, d := range docs {
		mentions = append(mentions, m.Find(d.ID, d.Text)...)
	}
	return mentions
}

// newRunID names an import run by its start and its files.
func newRunID(fp string) string {
	return "import-" + time.Now().UTC().Format("20060102T150405") + "-" + fp[:8]
}

func newBar(w io.Writer, total, done int) *progressbar.ProgressBar {
	if w == nil {
		return nil
	}
	bar := progressbar.NewOptions(total, progressbar.OptionSetWriter(w), progressbar.OptionSetDescription("importing batches"),
		progressbar.OptionShowCount(), progressbar.OptionSetPredictTime(true), progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionOnCompletion(func() { fmt.Fprintln(w) }))
	_ = bar.Set(done)
	return bar
}

// fingerprint hashes the input files' contents.
func fingerprint(paths []string) (string, error) {
	h := sha256.New()
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return "", err
		}
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "\x00%s\x00", filepath.Base(p))
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// suspendMin is how many records of an empty relationship type (or, into a graph with no
// entity, how many entities) an import must bring for it to drop their indexes during the
// load (SuspendIndexes) and build them after: below it, dropping and building cost more than
// the index upkeep they save.
var suspendMin = 10_000

// suspension is what an import dropped the indexes of, and how many relationships of each
// such type are still to be written: when none are, the type's indexes are created (Neo4j
// fills them while the import writes the rest) rather than all at the end.
type suspension struct {
	st       ImportStore
	log      *slog.Logger
	entities bool
	mu       sync.Mutex
	left     map[kg.RelType]int
}

// written counts b's relationships off and creates the indexes of the types it completes.
func (s *suspension) written(ctx context.Context, b kg.Batch) {
	if s == nil {
		return
	}
	var done []kg.RelType
	s.mu.Lock()
	for _, r := range b.Relationships {
		switch n, ok := s.left[r.Type]; {
		case !ok:
		case n == 1:
			delete(s.left, r.Type)
			done = append(done, r.Type)
		default:
			s.left[r.Type] = n - 1
		}
	}
	s.mu.Unlock()
	if len(done) > 0 {
		s.build(ctx, done, false)
	}
}

// build creates suspended indexes without waiting; a failure leaves them to the end of the
// import (RestoreIndexes), which creates whatever is missing.
func (s *suspension) build(ctx context.Context, types []kg.RelType, entities bool) {
	if err := s.st.BuildIndexes(ctx, types, entities); err != nil {
		s.log.Warn("creating indexes once their load was written failed; the import creates them at its end", "err", err)
	}
}

// suspendIndexes drops the indexes of what is empty and this import brings many records of.
// It returns nil when it dropped none, else what it tried to drop (then, even on error, some
// may be down). First it creates any an earlier run left dropped (it died between the drop
// and the create), whatever they were: this run's look-ups by id want them.
func suspendIndexes(ctx context.Context, st ImportStore, runID string, c *Compiled, fresh map[kg.RelType]bool, freshEntities bool, log *slog.Logger) (*suspension, error) {
	if n, err := st.RestoreIndexes(ctx); err != nil {
		return nil, fmt.Errorf("creating the indexes an earlier import suspended: %w", err)
	} else if n > 0 {
		log.Info("created the indexes an unfinished import had suspended", "indexes", n)
	}
	rows := map[kg.RelType]int{}
	for _, r := range c.Relationships {
		if fresh[r.Type] {
			rows[r.Type]++
		}
	}
	var types []kg.RelType
	for t, n := range rows {
		if n >= suspendMin {
			types = append(types, t)
		} else {
			delete(rows, t)
		}
	}
	entities := freshEntities && len(c.Entities) >= suspendMin
	if len(types) == 0 && !entities {
		return nil, nil
	}
	slices.Sort(types)
	log.Info("dropping the indexes of what is empty for the load; created again after it", "relationshipTypes", types, "entities", entities)
	s := &suspension{st: st, log: log, entities: entities, left: rows}
	if err := st.SuspendIndexes(ctx, runID, types, entities); err != nil {
		return s, fmt.Errorf("suspending indexes for the load: %w", err)
	}
	return s, nil
}

// freshness reads from the graph's counts which relationship types hold no relationship and
// whether it holds no entity: what an import may create without looking up first.
func freshness(gs *kg.Stats) (emptyTypes map[kg.RelType]bool, noEntities bool) {
	emptyTypes = map[kg.RelType]bool{}
	for _, c := range gs.ByRelationshipType {
		if c.Count == 0 {
			emptyTypes[c.Key] = true
		}
	}
	return emptyTypes, gs.EntityCount == 0
}
