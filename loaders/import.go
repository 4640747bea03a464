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
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/hkgraph/hkgraph/kg"
)

// ImportStore is what an import needs from the database.
type ImportStore interface {
	Store
	ImportProgress(ctx context.Context, runID string) (*kg.ImportProgress, error)
	// DeleteGraph deletes every entity, relationship, document and mention (Replace).
	DeleteGraph(ctx context.Context) error
}

// ImportOptions tune an import.
type ImportOptions struct {
	RunID     string    // resume this run after a failure; "" = a new run id
	BatchSize int       // records per transaction; 0 = 5000
	Progress  io.Writer // where the progress bar goes; nil = none
	Log       *slog.Logger
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

// Import validates every file whole, then writes in batches of opts.BatchSize, each batch one
// transaction that also records the run's progress; `--run-id` resumes after the last batch
// that committed.
func Import(ctx context.Context, st ImportStore, paths []string, opts ImportOptions) (ImportSummary, error) {
	start := time.Now()
	if opts.BatchSize <= 0 {
		opts.BatchSize = 5000
	}
	fp, err := fingerprint(paths)
	if err != nil {
		return ImportSummary{}, err
	}
	sum := ImportSummary{RunID: opts.RunID}
	if sum.RunID == "" {
		sum.RunID = "import-" + time.Now().UTC().Format("20060102T150405") + "-" + fp[:8]
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
	if len(c.Documents) > 0 {
		// New documents get their mentions of every entity in this import.
		m := NewMatcher(c.Entities)
		for _, d := range c.Documents {
			batches[0].Mentions = append(batches[0].Mentions, m.Find(d.ID, d.Text)...)
		}
	}
	done := 0
	if opts.RunID != "" {
		p, err := st.ImportProgress(ctx, opts.RunID)
		if err != nil {
			return sum, err
		}
		if p != nil {
			if p.Fingerprint != fp {
				return sum, fmt.Errorf("run %s imported other files (or they changed since); start a new run without --run-id", opts.RunID)
			}
			done = p.Done
			opts.Log.Info("resuming import", "runId", opts.RunID, "batchesDone", done, "batches", len(batches))
		}
	}
	if opts.Replace && done == 0 {
		opts.Log.Info("replacing the graph: deleting every entity, relationship and document")
		if err := st.DeleteGraph(ctx); err != nil {
			return sum, fmt.Errorf("deleting the graph before the import: %w", err)
		}
	}
	bar := newBar(opts.Progress, len(batches), done)
	for i := done; i < len(batches); i++ {
		b := batches[i]
		b.Progress = &kg.ImportProgress{RunID: sum.RunID, Fingerprint: fp, Done: i + 1, Total: len(batches)}
		counts, err := st.WriteBatch(ctx, b)
		if err != nil {
			return sum, fmt.Errorf("batch %d of %d failed (%w); resume with: hkgraph import --run-id %s %s",
				i+1, len(batches), err, sum.RunID, strings.Join(paths, " "))
		}
		sum.Counts.Add(counts)
		sum.Batches++
		if bar != nil {
			_ = bar.Add(1)
		}
	}
	if bar != nil {
		_ = bar.Finish()
	}
	sum.Skipped = done
	sum.Duration = time.Since(start)
	return sum, nil
}

// plan cuts the compiled data into batches: documents and entities first (relationships need
// their endpoints), then relationships, grouped by type (stably, so a resumed run cuts the same
// batches) so that a batch writes one or two types with one statement each rather than a few
// rows of every type.
func plan(c *Compiled, size int) []kg.Batch {
	rels := slices.Clone(c.Relationships)
	slices.SortStableFunc(rels, func(a, b *kg.Relationship) int { return strings.Compare(string(a.Type), string(b.Type)) })
	c = &Compiled{Documents: c.Documents, Entities: c.Entities, Relationships: rels}
	var out []kg.Batch
	out = append(out, kg.Batch{Documents: c.Documents})
	for i := 0; i < len(c.Entities); i += size {
		out = append(out, kg.Batch{Entities: c.Entities[i:min(i+size, len(c.Entities))]})
	}
	for i := 0; i < len(c.Relationships); i += size {
		out = append(out, kg.Batch{Relationships: c.Relationships[i:min(i+size, len(c.Relationships))]})
	}
	return out
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
