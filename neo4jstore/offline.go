package neo4jstore

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/sync/errgroup"

	"github.com/hkgraph/hkgraph/kg"
)

// Neo4j's offline importer (neo4j-admin database import full) fills an empty database from CSV
// files far faster than transactions can. WriteOfflineCSV writes those files from the same
// rows the online import sends (documentRows, entityRows, relationshipRows, mentionRows), so
// both ways store the same properties; a property without a column here is an error, not a
// silent loss.

// OfflineCSV is what WriteOfflineCSV wrote: the importer's arguments and the rows.
type OfflineCSV struct {
	Args                 []string // --nodes=…, --relationships=…, --multiline-fields=…, …
	Nodes, Relationships int
	// emptyLists are the entity list properties some entity holds empty: the importer stores
	// no property for an empty array, so FinishOfflineImport sets them once Neo4j runs.
	emptyLists []string
}

// arrayDelimiter separates the elements of a list property (aliases, roles, search names)
// inside one CSV field: a control character no name may hold (checked while writing).
const arrayDelimiter = '\x1f'

// column is one CSV column: the stored property and the importer's type for it.
type column struct{ prop, typ string }

var (
	documentColumns = []column{{"title", "string"}, {"language", "string"}, {"text", "string"}, {"textPublic", "boolean"},
		{"sha256", "string"}, {"length", "long"}, {"url", "string"}, {"publisher", "string"}, {"published", "string"}}
	entityColumns = []column{{"kind", "string"}, {"name", "string"}, {"aliases", "string[]"}, {"roles", "string[]"},
		{"figures", "string"}, {"citations", "string"}, {"searchNames", "string[]"}, {"searchText", "string"},
		{"nameZhHans", "string"}, {"nameZhHant", "string"}, {"description", "string"}, {"founded", "long"},
		{"region", "string"}, {"sector", "string"}, {"date", "string"}, {"endDate", "string"}}
	relationshipColumns = []column{{"citations", "string"}, {"date", "string"}, {"endDate", "string"}, {"dateNote", "string"},
		{"amountHKD", "double"}, {"role", "string"}, {"note", "string"}, {"status", "string"}, {"round", "string"},
		{"amount", "double"}, {"currency", "string"}, {"lead", "boolean"}}
	mentionColumns = []column{{"start", "long"}, {"end", "long"}, {"quote", "string"}}
)

// WriteOfflineCSV writes b (documents, entities, relationships and mentions of an empty
// database) into dir as the importer's CSV files: one file of documents, one per entity kind,
// one per relationship type, one of mentions. Node ids live in two id spaces, Document and
// Entity, as in the database. The files are independent, so they are written at once, one per
// core: building a row (its content hash) costs more than writing it.
func WriteOfflineCSV(dir string, b kg.Batch) (OfflineCSV, error) {
	for _, t := range kg.RelTypes {
		if !t.Valid() {
			return OfflineCSV{}, fmt.Errorf("offline import: relationship type %q is not in the allow-list", t)
		}
	}
	jobs := []func() csvFile{func() csvFile {
		return writeNodes(dir, "Document", "documents.csv", "Document", documentColumns, documentRows(b.Documents), false)
	}}
	for _, k := range kg.Kinds {
		jobs = append(jobs, func() csvFile {
			return writeNodes(dir, "Entity:"+k.Label(), "entities-"+strings.ToLower(k.Label())+".csv", "Entity", entityColumns, entityRows(b.Entities, k), true)
		})
	}
	for _, t := range kg.RelTypes {
		jobs = append(jobs, func() csvFile {
			return writeRelationships(dir, string(t), "rel-"+strings.ToLower(string(t))+".csv", relationshipRows(b.Relationships, t))
		})
	}
	jobs = append(jobs, func() csvFile { return writeMentions(dir, dedupeMentions(b.Mentions)) })

	files := make([]csvFile, len(jobs))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, job := range jobs {
		g.Go(func() error {
			files[i] = job()
			return files[i].err
		})
	}
	if err := g.Wait(); err != nil {
		return OfflineCSV{}, err
	}
	// Merged in the jobs' order, so the arguments do not depend on which file finished first.
	var out OfflineCSV
	var multiline []string
	biggest := 0
	for _, f := range files {
		if f.path == "" {
			continue
		}
		out.Args = append(out.Args, f.arg+"="+f.path)
		out.Nodes += f.nodes
		out.Relationships += f.relationships
		biggest = max(biggest, f.biggest)
		if f.multiline {
			multiline = append(multiline, f.path)
		}
		for _, prop := range f.emptyLists {
			if !slices.Contains(out.emptyLists, prop) {
				out.emptyLists = append(out.emptyLists, prop)
			}
		}
	}
	if out.Nodes == 0 {
		return OfflineCSV{}, fmt.Errorf("offline import: nothing to import")
	}
	out.Args = append(out.Args, "--array-delimiter=U+001F", "--id-type=string",
		// The biggest value (a document's text) must fit one read buffer.
		fmt.Sprintf("--read-buffer-size=%d", max(4<<20, 2*biggest+1024)))
	if len(multiline) > 0 {
		out.Args = append(out.Args, "--multiline-fields-format=v2", "--multiline-fields="+strings.Join(multiline, ","))
	}
	return out, nil
}

// FinishOfflineImport completes an offline import once Neo4j runs on its store: the empty
// lists the importer cannot write (an online import stores aliases: [] where there are none).
func (s *Store) FinishOfflineImport(ctx context.Context, csv OfflineCSV) error {
	for _, prop := range csv.emptyLists {
		if !hasColumn(entityColumns, prop) {
			return fmt.Errorf("offline import: %q is not an entity column", prop)
		}
		// prop is one of entityColumns' names, never input.
		stmt := fmt.Sprintf("MATCH (n:Entity) WHERE n.%[1]s IS NULL CALL (n) { SET n.%[1]s = [] } IN TRANSACTIONS OF 10000 ROWS", prop)
		if err := s.autocommit(ctx, stmt); err != nil {
			return err
		}
	}
	return nil
}

// dedupeMentions keeps the last mention of each (document, entity, start), as the online
// import's MERGE on those three does.
func dedupeMentions(ms []kg.Mention) []kg.Mention {
	type key struct {
		doc, entity string
		start       int
	}
	last := map[key]int{}
	for i, m := range ms {
		last[key{m.DocumentID, m.EntityID, m.Start}] = i
	}
	out := make([]kg.Mention, 0, len(last))
	for i, m := range ms {
		if last[key{m.DocumentID, m.EntityID, m.Start}] == i {
			out = append(out, m)
		}
	}
	return out
}

// csvFile is one file written (path "" when it had no rows): the importer's argument for it
// and what the arguments common to all files need to know.
type csvFile struct {
	arg, path            string // --nodes=LABELS or --relationships=TYPE; the file
	nodes, relationships int
	multiline            bool     // a quoted field holds a line break
	biggest              int      // the longest field
	emptyLists           []string // entity list properties some row holds empty
	err                  error
}

// writeFile writes a header and rows to dir/name; each row returns its fields.
func writeFile(dir, name string, header []string, n int, fields func(i int) ([]field, error)) (out csvFile) {
	if n == 0 {
		return out
	}
	path := filepath.Join(dir, name)
	f, err := os.Create(path)
	if err != nil {
		out.err = err
		return out
	}
	defer f.Close()
	bw := bufio.NewWriterSize(f, 1<<20)
	bw.WriteString(strings.Join(header, ","))
	bw.WriteByte('\n')
	for i := range n {
		fs, err := fields(i)
		if err != nil {
			out.err = fmt.Errorf("offline import: %s row %d: %w", name, i+1, err)
			return out
		}
		for j, fl := range fs {
			if j > 0 {
				bw.WriteByte(',')
			}
			if fl.quoted {
				bw.WriteByte('"')
				bw.WriteString(strings.ReplaceAll(fl.text, `"`, `""`))
				bw.WriteByte('"')
				out.multiline = out.multiline || strings.ContainsAny(fl.text, "\r\n")
			} else {
				bw.WriteString(fl.text)
			}
			out.biggest = max(out.biggest, len(fl.text))
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		out.err = err
		return out
	}
	if err := f.Close(); err != nil {
		out.err = err
		return out
	}
	out.path = path
	return out
}

// writeNodes writes one file of nodes; versioned ones (entities) start at version 1, as a
// first online write sets it.
func writeNodes(dir, labels, name, idSpace string, cols []column, rows []map[string]any, versioned bool) csvFile {
	header := append([]string{"id:ID(" + idSpace + ")"}, headers(cols)...)
	header = append(header, "contentHash:string")
	if versioned {
		header = append(header, "version:long")
	}
	var empty []string
	out := writeFile(dir, name, header, len(rows), func(i int) ([]field, error) {
		r := rows[i]
		props := r["props"].(map[string]any)
		fs, err := propFields(cols, props)
		if err != nil {
			return nil, err
		}
		for _, c := range cols {
			if l, ok := props[c.prop].([]string); ok && len(l) == 0 && !slices.Contains(empty, c.prop) {
				empty = append(empty, c.prop)
			}
		}
		fs = append([]field{{text: r["id"].(string), quoted: true}}, fs...)
		fs = append(fs, field{text: r["hash"].(string), quoted: true})
		if versioned {
			fs = append(fs, field{text: "1"})
		}
		return fs, nil
	})
	out.arg, out.nodes, out.emptyLists = "--nodes="+labels, len(rows), empty
	return out
}

func writeRelationships(dir, typ, name string, rows []map[string]any) csvFile {
	header := append([]string{":START_ID(Entity)", ":END_ID(Entity)"}, headers(relationshipColumns)...)
	header = append(header, "id:string", "contentHash:string", "version:long", "outKey:string", "inKey:string")
	out := writeFile(dir, name, header, len(rows), func(i int) ([]field, error) {
		r := rows[i]
		fs, err := propFields(relationshipColumns, r["props"].(map[string]any))
		if err != nil {
			return nil, err
		}
		fs = append([]field{{text: r["from"].(string), quoted: true}, {text: r["to"].(string), quoted: true}}, fs...)
		return append(fs, field{text: r["id"].(string), quoted: true}, field{text: r["hash"].(string), quoted: true}, field{text: "1"},
			field{text: r["outKey"].(string), quoted: true}, field{text: r["inKey"].(string), quoted: true}), nil
	})
	out.arg, out.relationships = "--relationships="+typ, len(rows)
	return out
}

func writeMentions(dir string, ms []kg.Mention) csvFile {
	rows := mentionRows(ms)
	header := append([]string{":START_ID(Document)", ":END_ID(Entity)"}, headers(mentionColumns)...)
	out := writeFile(dir, "mentions.csv", header, len(rows), func(i int) ([]field, error) {
		props := map[string]any{"start": rows[i]["start"], "end": rows[i]["end"], "quote": rows[i]["quote"]}
		fs, err := propFields(mentionColumns, props)
		if err != nil {
			return nil, err
		}
		return append([]field{{text: rows[i]["doc"].(string), quoted: true}, {text: rows[i]["entity"].(string), quoted: true}}, fs...), nil
	})
	out.arg, out.relationships = "--relationships=MENTIONS", len(rows)
	return out
}

func headers(cols []column) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.prop + ":" + c.typ
	}
	return out
}

// field is one CSV field: strings are quoted (an empty quoted field is an empty string), an
// absent property is an empty unquoted field (no property).
type field struct {
	text   string
	quoted bool
}

// propFields formats props in the columns' order; a property no column holds is an error.
func propFields(cols []column, props map[string]any) ([]field, error) {
	out := make([]field, len(cols))
	used := 0
	for i, c := range cols {
		v, ok := props[c.prop]
		if !ok {
			continue
		}
		used++
		f, err := format(c, v)
		if err != nil {
			return nil, err
		}
		out[i] = f
	}
	if used != len(props) {
		for k := range props {
			if !hasColumn(cols, k) {
				return nil, fmt.Errorf("property %q has no CSV column (add it to neo4jstore/offline.go)", k)
			}
		}
	}
	return out, nil
}

func hasColumn(cols []column, prop string) bool {
	for _, c := range cols {
		if c.prop == prop {
			return true
		}
	}
	return false
}

func format(c column, v any) (field, error) {
	switch x := v.(type) {
	case string:
		return field{text: x, quoted: true}, nil
	case bool:
		return field{text: strconv.FormatBool(x)}, nil
	case int:
		return field{text: strconv.Itoa(x)}, nil
	case int64:
		return field{text: strconv.FormatInt(x, 10)}, nil
	case float64:
		return field{text: strconv.FormatFloat(x, 'g', -1, 64)}, nil
	case []string:
		for _, s := range x {
			if strings.ContainsRune(s, arrayDelimiter) {
				return field{}, fmt.Errorf("%s: %q holds the control character U+001F", c.prop, s)
			}
		}
		return field{text: strings.Join(x, string(arrayDelimiter)), quoted: true}, nil
	}
	return field{}, fmt.Errorf("%s: no CSV form for %T", c.prop, v)
}
