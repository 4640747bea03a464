package neo4jstore

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

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
// Entity, as in the database.
func WriteOfflineCSV(dir string, b kg.Batch) (OfflineCSV, error) {
	w := &csvFiles{dir: dir}
	w.nodes("Document", "documents.csv", "Document", documentColumns, documentRows(b.Documents), false)
	for _, k := range kg.Kinds {
		w.nodes("Entity:"+k.Label(), "entities-"+strings.ToLower(k.Label())+".csv", "Entity", entityColumns, entityRows(b.Entities, k), true)
	}
	for _, t := range kg.RelTypes {
		if !t.Valid() {
			return OfflineCSV{}, fmt.Errorf("offline import: relationship type %q is not in the allow-list", t)
		}
		w.relationships(string(t), "rel-"+strings.ToLower(string(t))+".csv", relationshipRows(b.Relationships, t))
	}
	w.mentions(dedupeMentions(b.Mentions))
	if w.err != nil {
		return OfflineCSV{}, w.err
	}
	if w.out.Nodes == 0 {
		return OfflineCSV{}, fmt.Errorf("offline import: nothing to import")
	}
	w.out.Args = append(w.out.Args, "--array-delimiter=U+001F", "--id-type=string",
		// The biggest value (a document's text) must fit one read buffer.
		fmt.Sprintf("--read-buffer-size=%d", max(4<<20, 2*w.biggest+1024)))
	if len(w.multiline) > 0 {
		w.out.Args = append(w.out.Args, "--multiline-fields-format=v2", "--multiline-fields="+strings.Join(w.multiline, ","))
	}
	return w.out, nil
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

// csvFiles writes the files and collects the importer's arguments; the first error sticks.
type csvFiles struct {
	dir       string
	out       OfflineCSV
	multiline []string
	biggest   int
	err       error
}

// file writes a header and rows to name; each row returns its fields (nil when it failed).
func (w *csvFiles) file(name string, header []string, n int, fields func(i int) ([]field, error)) (string, bool) {
	if w.err != nil || n == 0 {
		return "", false
	}
	path := filepath.Join(w.dir, name)
	f, err := os.Create(path)
	if err != nil {
		w.err = err
		return "", false
	}
	defer f.Close()
	bw := bufio.NewWriterSize(f, 1<<20)
	bw.WriteString(strings.Join(header, ","))
	bw.WriteByte('\n')
	multi := false
	for i := range n {
		fs, err := fields(i)
		if err != nil {
			w.err = fmt.Errorf("offline import: %s row %d: %w", name, i+1, err)
			return "", false
		}
		for j, fl := range fs {
			if j > 0 {
				bw.WriteByte(',')
			}
			if fl.quoted {
				bw.WriteByte('"')
				bw.WriteString(strings.ReplaceAll(fl.text, `"`, `""`))
				bw.WriteByte('"')
				multi = multi || strings.ContainsAny(fl.text, "\r\n")
			} else {
				bw.WriteString(fl.text)
			}
			w.biggest = max(w.biggest, len(fl.text))
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		w.err = err
		return "", false
	}
	if err := f.Close(); err != nil {
		w.err = err
		return "", false
	}
	if multi {
		w.multiline = append(w.multiline, path)
	}
	return path, true
}

// nodes writes one file of nodes; versioned ones (entities) start at version 1, as a first
// online write sets it.
func (w *csvFiles) nodes(labels, name, idSpace string, cols []column, rows []map[string]any, versioned bool) {
	header := append([]string{"id:ID(" + idSpace + ")"}, headers(cols)...)
	header = append(header, "contentHash:string")
	if versioned {
		header = append(header, "version:long")
	}
	path, ok := w.file(name, header, len(rows), func(i int) ([]field, error) {
		r := rows[i]
		props := r["props"].(map[string]any)
		fs, err := propFields(cols, props)
		if err != nil {
			return nil, err
		}
		for _, c := range cols {
			if l, ok := props[c.prop].([]string); ok && len(l) == 0 && !slices.Contains(w.out.emptyLists, c.prop) {
				w.out.emptyLists = append(w.out.emptyLists, c.prop)
			}
		}
		fs = append([]field{{text: r["id"].(string), quoted: true}}, fs...)
		fs = append(fs, field{text: r["hash"].(string), quoted: true})
		if versioned {
			fs = append(fs, field{text: "1"})
		}
		return fs, nil
	})
	if ok {
		w.out.Args = append(w.out.Args, "--nodes="+labels+"="+path)
		w.out.Nodes += len(rows)
	}
}

func (w *csvFiles) relationships(typ, name string, rows []map[string]any) {
	header := append([]string{":START_ID(Entity)", ":END_ID(Entity)"}, headers(relationshipColumns)...)
	header = append(header, "id:string", "contentHash:string", "version:long", "outKey:string", "inKey:string")
	path, ok := w.file(name, header, len(rows), func(i int) ([]field, error) {
		r := rows[i]
		fs, err := propFields(relationshipColumns, r["props"].(map[string]any))
		if err != nil {
			return nil, err
		}
		fs = append([]field{{text: r["from"].(string), quoted: true}, {text: r["to"].(string), quoted: true}}, fs...)
		return append(fs, field{text: r["id"].(string), quoted: true}, field{text: r["hash"].(string), quoted: true}, field{text: "1"},
			field{text: r["outKey"].(string), quoted: true}, field{text: r["inKey"].(string), quoted: true}), nil
	})
	if ok {
		w.out.Args = append(w.out.Args, "--relationships="+typ+"="+path)
		w.out.Relationships += len(rows)
	}
}

func (w *csvFiles) mentions(ms []kg.Mention) {
	rows := mentionRows(ms)
	header := append([]string{":START_ID(Document)", ":END_ID(Entity)"}, headers(mentionColumns)...)
	path, ok := w.file("mentions.csv", header, len(rows), func(i int) ([]field, error) {
		props := map[string]any{"start": rows[i]["start"], "end": rows[i]["end"], "quote": rows[i]["quote"]}
		fs, err := propFields(mentionColumns, props)
		if err != nil {
			return nil, err
		}
		return append([]field{{text: rows[i]["doc"].(string), quoted: true}, {text: rows[i]["entity"].(string), quoted: true}}, fs...), nil
	})
	if ok {
		w.out.Args = append(w.out.Args, "--relationships=MENTIONS="+path)
		w.out.Relationships += len(rows)
	}
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
