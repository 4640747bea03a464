package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/hkgraph/hkgraph/export"
	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/loaders"
)

const exportUsage = `usage: hkgraph export [--format json|graphml|csv] [--kinds KIND,...] [--out PATH]

  json     lossless, in the dataset format ` + "`hkgraph import`" + ` reads (documents with their text,
           entities with figures and citations, relationships with citations): the backup;
           restore it with ` + "`hkgraph import --replace FILE`" + ` (docs/backup-and-restore.md)
  graphml  entities and relationships with their attributes, for Gephi, yEd or NetworkX
  csv      entities.csv and relationships.csv in the directory --out (import's CSV columns)

--kinds keeps entities of these kinds and the relationships among them.
Without --out, json and graphml go to standard output.`

func runExport(ctx context.Context, a *App, args []string) error {
	fs := newFlags("export", a)
	format := fs.String("format", "json", "json, graphml or csv")
	kindList := fs.String("kinds", "", "comma-separated entity kinds (default: all)")
	out := fs.String("out", "", "output file (json, graphml) or directory (csv); default standard output")
	fs.Usage = func() { fmt.Fprintln(a.Stderr, exportUsage) }
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("export: unexpected argument %q", fs.Arg(0))
	}
	var kinds []kg.Kind
	for _, k := range strings.Split(*kindList, ",") {
		if k = strings.ToUpper(strings.TrimSpace(k)); k == "" {
			continue
		}
		if !kg.Kind(k).Valid() {
			return fmt.Errorf("export: unknown kind %q (one of %v)", k, kg.Kinds)
		}
		kinds = append(kinds, kg.Kind(k))
	}
	switch *format {
	case "json", "graphml":
	case "csv":
		if *out == "" {
			return errors.New("export: csv writes two files (entities.csv, relationships.csv): give --out DIR")
		}
	default:
		return fmt.Errorf("export: --format %q: say json, graphml or csv", *format)
	}
	d, err := a.connect(ctx, 60*time.Second)
	if err != nil {
		return err
	}
	defer d.Close(context.Background())
	snap, err := a.loaderStore(d).Export(ctx, kinds)
	if err != nil {
		return err
	}
	switch *format {
	case "graphml":
		err = writeOut(a, *out, func(w io.Writer) error { return export.GraphML(w, snap.Entities, snap.Relationships) })
	case "csv":
		if err = os.MkdirAll(*out, 0o755); err == nil {
			err = writeOut(a, filepath.Join(*out, "entities.csv"), func(w io.Writer) error { return export.EntitiesCSV(w, snap.Entities) })
		}
		if err == nil {
			err = writeOut(a, filepath.Join(*out, "relationships.csv"), func(w io.Writer) error { return export.RelationshipsCSV(w, snap.Relationships) })
		}
	default:
		ds := loaders.ExportDataset(snap.Documents, snap.Entities, snap.Relationships, len(kinds) > 0)
		// A backup that would not restore is worth nothing: check it as `hkgraph import` will.
		if _, cerr := ds.Compile("export", loaders.Known{}); cerr != nil {
			return fmt.Errorf("export: the graph changed while it was read, or holds data import refuses (try again):\n%s", Describe(cerr))
		}
		err = writeOut(a, *out, func(w io.Writer) error {
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			return enc.Encode(ds)
		})
	}
	if err != nil {
		return err
	}
	a.Log.Info("exported", "format", *format, "documents", len(snap.Documents), "entities", len(snap.Entities),
		"relationships", len(snap.Relationships), "out", *out)
	return nil
}

// writeOut writes to standard output (path "") or to path through a temporary file renamed
// into place, so an interrupted export never leaves a half-written backup under its name.
func writeOut(a *App, path string, write func(io.Writer) error) error {
	if path == "" {
		bw := bufio.NewWriter(a.Stdout)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	bw := bufio.NewWriter(f)
	if err := write(bw); err != nil {
		f.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
