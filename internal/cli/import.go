package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"golang.org/x/term"

	"github.com/hkgraph/hkgraph/loaders"
)

func runImport(ctx context.Context, a *App, args []string) error {
	fs := newFlags("import", a)
	runID := fs.String("run-id", "", "resume this import run after a failure")
	batch := fs.Int("batch", 5000, "records per transaction")
	workers := fs.Int("workers", loaders.DefaultImportWorkers, "batches written at once (more can help a remote or clustered Neo4j with spare cores)")
	offline := fs.Bool("offline", false, "first load of the empty local database that `hkgraph dev` manages (HKGRAPH_DATA_DIR, Neo4j stopped), through Neo4j's offline importer: many times faster")
	replace := fs.Bool("replace", false, "restore: make the files the whole graph, deleting every entity, relationship, document and proposal first (API keys and the audit log stay)")
	fs.Usage = func() {
		fmt.Fprintln(a.Stderr, "usage: hkgraph import [--replace] [--run-id ID] [--batch N] [--workers N] FILE...\n       hkgraph import --offline FILE...\n\nFILE: .json in the seed's format (loaders/data/FORMAT.md) or written by `hkgraph export`, or .csv (entities or relationships; see README).")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errors.New("import: no files given")
	}
	if *batch < 1 || *batch > 100_000 {
		return fmt.Errorf("import: --batch must be between 1 and 100000, got %d", *batch)
	}
	if *workers < 1 || *workers > 64 {
		return fmt.Errorf("import: --workers must be between 1 and 64, got %d", *workers)
	}
	setGCPercent(importGCPercent)
	if *offline {
		if *replace || *runID != "" {
			return errors.New("import: --offline loads an empty database in one step: it takes neither --replace nor --run-id")
		}
		return runOfflineImport(ctx, a, fs.Args())
	}
	d, err := a.connect(ctx, 60*time.Second)
	if err != nil {
		return err
	}
	defer d.Close(context.Background())
	st := a.loaderStore(d)
	if err := st.Migrate(ctx, a.Log); err != nil {
		return err
	}
	opts := loaders.ImportOptions{RunID: *runID, BatchSize: *batch, Workers: *workers, Log: a.Log, Replace: *replace}
	if f, ok := a.Stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		opts.Progress = a.Stderr
	}
	sum, err := loaders.Import(ctx, st, fs.Args(), opts)
	if err != nil {
		return err
	}
	a.Log.Info("import finished", "runId", sum.RunID, "documents", sum.Documents, "entities", sum.Entities,
		"relationships", sum.Relationships, "batches", sum.Batches, "skippedBatches", sum.Skipped,
		"nodesCreated", sum.Counts.NodesCreated, "relationshipsCreated", sum.Counts.RelationshipsCreated,
		"seconds", sum.Duration.Seconds(), "recordsPerSecond", int(sum.RecordsPerSecond()))
	fmt.Fprintf(a.Stdout, "imported %d documents, %d entities, %d relationships in %d batches (%.1fs, %.0f records/s); run id %s\n",
		sum.Documents, sum.Entities, sum.Relationships, sum.Batches, sum.Duration.Seconds(), sum.RecordsPerSecond(), sum.RunID)
	return nil
}

func runIngest(ctx context.Context, a *App, args []string) error {
	fs := newFlags("ingest", a)
	title := fs.String("title", "", "the article's title (required)")
	publisher := fs.String("publisher", "", "who published it")
	published := fs.String("published", "", "when (ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD)")
	lang := fs.String("lang", "", "zh-Hans, zh-Hant or en (required)")
	url := fs.String("url", "", "where it was published")
	id := fs.String("id", "", "document id (doc:…); default: derived from the text")
	public := fs.Bool("public", false, "let anonymous callers read the whole text")
	noPropose := fs.Bool("no-propose", false, "store the text and its mentions only: propose no entities, relationships or figures")
	fs.Usage = func() {
		fmt.Fprintln(a.Stderr, "usage: hkgraph ingest FILE --title T --lang zh-Hans|zh-Hant|en [--publisher P] [--published DATE] [--url U] [--public] [--no-propose]")
		fs.PrintDefaults()
	}
	// Accept the file before or after the flags.
	var file string
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		file, args = args[0], args[1:]
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if file == "" && fs.NArg() == 1 {
		file = fs.Arg(0)
	}
	if file == "" {
		fs.Usage()
		return errors.New("ingest: give exactly one FILE")
	}
	text, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	d, err := a.connect(ctx, 60*time.Second)
	if err != nil {
		return err
	}
	defer d.Close(context.Background())
	st := a.loaderStore(d)
	if err := st.Migrate(ctx, a.Log); err != nil {
		return err
	}
	res, err := loaders.Ingest(ctx, st, loaders.Article{ID: *id, Title: *title, URL: optional(*url), Publisher: optional(*publisher),
		Published: optional(*published), Language: *lang, Text: string(text), TextPublic: *public, Propose: !*noPropose,
		Actor: cliActor})
	if err != nil {
		return err
	}
	printIngest(a.Stdout, res, !*noPropose)
	return nil
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
