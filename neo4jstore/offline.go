package neo4jstore

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
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

// delimiter separates the fields of a row: a control character (the record separator) rather
// than a comma, so that a string field needs no quotes unless it is empty (an empty unquoted
// field is no property), holds the delimiter or a line break, or starts with a quote. The
// importer parses an unquoted field without looking for quotes in it; a quoted one it copies
// character by character behind every doubled quote, and the citations' JSON holds some twenty
// per relationship. Measured: QUICK's importer 5.10 → 4.83 s of CPU (median of 4 interleaved
// runs, 2 cores), its relationships file 100 → 94 MB.
const delimiter = '\x1e'

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
// database) into dir as the importer's CSV files: one of documents, one of entities (their
// kind's label in a :LABEL column), one of relationships (their type in a :TYPE column), one of
// mentions. Few files: the importer samples every file before it starts, at its slowest (its
// code not yet compiled). The importer's node ids are the store's own (its actual id type):
// documents 0…D-1 then entities in the order the entities file holds them, the ids it would
// hand out itself in that order, so it keeps no id map to build, sort and search for every
// relationship's two ends; the string id is the node's id property, as an online import stores it. Each
// kind's and type's rows are built at once, one per core (a row's content hash costs more than
// writing it), and written in order.
func WriteOfflineCSV(dir string, b kg.Batch) (OfflineCSV, error) {
	for _, t := range kg.RelTypes {
		if !t.Valid() {
			return OfflineCSV{}, fmt.Errorf("offline import: relationship type %q is not in the allow-list", t)
		}
	}
	ids := offlineIDs{docs: map[string]int{}, entities: map[string]int{}}
	for _, d := range b.Documents {
		ids.docs[d.ID] = len(ids.docs)
	}
	for _, k := range kg.Kinds { // the order the entities file holds them in
		for _, e := range b.Entities {
			if e.Kind == k {
				ids.entities[e.ID] = len(ids.docs) + len(ids.entities)
			}
		}
	}
	entityHeader := append([]string{":ID", ":LABEL", "id:string"}, headers(entityColumns)...)
	relHeader := append([]string{":START_ID", ":END_ID", ":TYPE"}, headers(relationshipColumns)...)
	files := []*csvFile{
		{name: "documents.csv", arg: "--nodes=Document",
			header: append(append([]string{":ID", "id:string"}, headers(documentColumns)...), "contentHash:string"),
			parts:  []func(*csvPart){func(p *csvPart) { writeNodes(p, "", ids.docs, documentColumns, documentRows(b.Documents), false) }}},
		{name: "entities.csv", arg: "--nodes=Entity", header: append(entityHeader, "contentHash:string", "version:long")},
		{name: "relationships.csv", arg: "--relationships",
			header: append(relHeader, "id:string", "contentHash:string", "version:long", "outKey:string", "inKey:string")},
		{name: "mentions.csv", arg: "--relationships=MENTIONS",
			header: append([]string{":START_ID", ":END_ID"}, headers(mentionColumns)...),
			parts:  []func(*csvPart){func(p *csvPart) { writeMentions(p, ids, dedupeMentions(b.Mentions)) }}},
	}
	for _, k := range kg.Kinds {
		for _, es := range chunks(b.Entities, func(e *kg.Entity) bool { return e.Kind == k }) {
			files[1].parts = append(files[1].parts, func(p *csvPart) {
				writeNodes(p, k.Label(), ids.entities, entityColumns, entityRows(es, k), true)
			})
		}
	}
	for _, t := range kg.RelTypes {
		for _, rs := range chunks(b.Relationships, func(r *kg.Relationship) bool { return r.Type == t }) {
			files[2].parts = append(files[2].parts, func(p *csvPart) { writeRelationships(p, ids, t, relationshipRows(rs, t)) })
		}
	}
	if err := writeFiles(dir, files); err != nil {
		return OfflineCSV{}, err
	}

	var out OfflineCSV
	var multiline []string
	biggest := 0
	for _, f := range files {
		if f.path == "" {
			continue
		}
		out.Args = append(out.Args, f.arg+"="+f.path)
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
	out.Nodes = files[0].rows + files[1].rows
	out.Relationships = files[2].rows + files[3].rows
	if out.Nodes == 0 {
		return OfflineCSV{}, fmt.Errorf("offline import: nothing to import")
	}
	out.Args = append(out.Args, "--delimiter=U+001E", "--array-delimiter=U+001F", "--id-type=actual",
		// The biggest value (a document's text) must fit one read buffer.
		fmt.Sprintf("--read-buffer-size=%d", max(4<<20, 2*biggest+1024)))
	if len(multiline) > 0 {
		out.Args = append(out.Args, "--multiline-fields-format=v2", "--multiline-fields="+strings.Join(multiline, ","))
	}
	return out, nil
}

// chunks are the items that keep, in order, cut into parts of a few thousand: one kind or type
// may hold most of the graph (the hub's), and every core builds rows.
func chunks[T any](items []T, keep func(T) bool) [][]T {
	const size = 8192
	var out [][]T
	var cur []T
	for _, it := range items {
		if !keep(it) {
			continue
		}
		if cur = append(cur, it); len(cur) == size {
			out, cur = append(out, cur), nil
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// offlineIDs are the store's node ids of the documents and the entities (one id space).
type offlineIDs struct{ docs, entities map[string]int }

func lookupID(space map[string]int, id string) (field, error) {
	n, ok := space[id]
	if !ok {
		return field{}, fmt.Errorf("%q is not in the import", id)
	}
	return field{text: strconv.Itoa(n)}, nil
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

// csvFile is one file: a header and parts, each part's rows built by one goroutine; path is
// "" once written when no part had a row.
type csvFile struct {
	name, arg string // the file's name; the importer's --nodes=LABELS or --relationships[=TYPE]
	header    []string
	parts     []func(*csvPart)
	path      string
	csvPart   // the parts' sums
}

// csvPart is a part of a file's rows, rendered.
type csvPart struct {
	buf        bytes.Buffer
	rows       int
	capacity   int      // the rows the part will hold
	multiline  bool     // a quoted field holds a line break
	biggest    int      // the longest field
	emptyLists []string // entity list properties some row holds empty
	err        error
}

// partJob is a part being built; done is closed when it is.
type partJob struct {
	part *csvPart
	done chan struct{}
}

// writeFiles builds every file's parts at once, one per core and a few ahead of the writer,
// and writes them in order.
func writeFiles(dir string, files []*csvFile) error {
	var jobs []partJob
	for _, f := range files {
		for range f.parts {
			jobs = append(jobs, partJob{&csvPart{}, make(chan struct{})})
		}
	}
	ahead := make(chan struct{}, 2*runtime.GOMAXPROCS(0)) // parts built and not yet written
	cores := make(chan struct{}, runtime.GOMAXPROCS(0))
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		i := 0
		for _, f := range files {
			for _, build := range f.parts {
				select {
				case ahead <- struct{}{}:
				case <-stop:
					return
				}
				cores <- struct{}{}
				go func(j partJob) {
					defer close(j.done)
					build(j.part)
					<-cores
				}(jobs[i])
				i++
			}
		}
	}()
	i := 0
	for _, f := range files {
		if err := f.write(dir, jobs[i:i+len(f.parts)], ahead); err != nil {
			return err
		}
		i += len(f.parts)
	}
	return nil
}

// write waits for the file's parts in order and writes them behind its header.
func (f *csvFile) write(dir string, jobs []partJob, ahead chan struct{}) error {
	var w *bufio.Writer
	var file *os.File
	for _, j := range jobs {
		<-j.done
		<-ahead
		p := j.part
		if p.err != nil {
			return fmt.Errorf("offline import: %s: %w", f.name, p.err)
		}
		if p.rows == 0 {
			continue
		}
		if file == nil {
			var err error
			if file, err = os.Create(filepath.Join(dir, f.name)); err != nil {
				return err
			}
			defer file.Close()
			w = bufio.NewWriterSize(file, 1<<20)
			w.WriteString(strings.Join(f.header, string(delimiter)))
			w.WriteByte('\n')
		}
		if _, err := w.Write(p.buf.Bytes()); err != nil {
			return err
		}
		f.rows += p.rows
		f.multiline = f.multiline || p.multiline
		f.biggest = max(f.biggest, p.biggest)
		for _, prop := range p.emptyLists {
			if !slices.Contains(f.emptyLists, prop) {
				f.emptyLists = append(f.emptyLists, prop)
			}
		}
		p.buf = bytes.Buffer{}
	}
	if file == nil {
		return nil
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := file.Close(); err != nil {
		return err
	}
	f.path = file.Name()
	return nil
}

// add renders a row's fields; a failing row stops the part.
func (p *csvPart) add(fs []field, err error) bool {
	if err != nil {
		p.err = fmt.Errorf("row %d: %w", p.rows+1, err)
		return false
	}
	for j, fl := range fs {
		if j > 0 {
			p.buf.WriteByte(delimiter)
		}
		if fl.quoted && needsQuotes(fl.text) {
			p.buf.WriteByte('"')
			p.buf.WriteString(strings.ReplaceAll(fl.text, `"`, `""`))
			p.buf.WriteByte('"')
			p.multiline = p.multiline || strings.ContainsAny(fl.text, "\r\n")
		} else {
			p.buf.WriteString(fl.text)
		}
		p.biggest = max(p.biggest, len(fl.text))
	}
	p.buf.WriteByte('\n')
	p.rows++
	if p.rows == 1 { // room for the part's rows, if like its first: no copies as it grows
		p.buf.Grow(p.buf.Len() * p.capacity * 9 / 8)
	}
	return true
}

// needsQuotes reports whether a string field must be quoted (see delimiter).
func needsQuotes(s string) bool {
	return s == "" || s[0] == '"' || strings.ContainsAny(s, string(delimiter)+"\r\n")
}

// writeNodes renders nodes: the integer id, the label (entities: their kind's), the string id,
// the properties and the content hash; versioned ones (entities) start at version 1, as a
// first online write sets it.
func writeNodes(p *csvPart, label string, space map[string]int, cols []column, rows []map[string]any, versioned bool) {
	p.capacity = len(rows)
	for _, r := range rows {
		props := r["props"].(map[string]any)
		fs, err := propFields(cols, props)
		if err == nil {
			for _, c := range cols {
				if l, ok := props[c.prop].([]string); ok && len(l) == 0 && !slices.Contains(p.emptyLists, c.prop) {
					p.emptyLists = append(p.emptyLists, c.prop)
				}
			}
			var id field
			id, err = lookupID(space, r["id"].(string))
			lead := []field{id}
			if label != "" {
				lead = append(lead, field{text: csvLabels(label, props)})
			}
			fs = append(append(lead, field{text: r["id"].(string), quoted: true}), fs...)
			fs = append(fs, field{text: r["hash"].(string), quoted: true})
			if versioned {
				fs = append(fs, field{text: "1"})
			}
		}
		if !p.add(fs, err) {
			return
		}
	}
}

// csvLabels is an entity row's :LABEL field: its kind's label and, for an organisation, its
// roles' labels, as cypherRoleLabels sets them online (the importer splits labels as it
// splits arrays).
func csvLabels(label string, props map[string]any) string {
	if label != kg.KindOrganization.Label() {
		return label
	}
	roles, _ := props["roles"].([]string)
	for _, r := range kg.Canonical(roles) {
		label += string(arrayDelimiter) + roleLabelName(kg.Role(r))
	}
	return label
}

func writeRelationships(p *csvPart, ids offlineIDs, typ kg.RelType, rows []map[string]any) {
	p.capacity = len(rows)
	for _, r := range rows {
		fs, err := propFields(relationshipColumns, r["props"].(map[string]any))
		var from, to field
		if err == nil {
			from, err = lookupID(ids.entities, r["from"].(string))
		}
		if err == nil {
			to, err = lookupID(ids.entities, r["to"].(string))
		}
		fs = append([]field{from, to, {text: string(typ)}}, fs...)
		fs = append(fs, field{text: r["id"].(string), quoted: true}, field{text: r["hash"].(string), quoted: true}, field{text: "1"},
			field{text: r["outKey"].(string), quoted: true}, field{text: r["inKey"].(string), quoted: true})
		if !p.add(fs, err) {
			return
		}
	}
}

func writeMentions(p *csvPart, ids offlineIDs, ms []kg.Mention) {
	for _, r := range mentionRows(ms) {
		fs, err := propFields(mentionColumns, map[string]any{"start": r["start"], "end": r["end"], "quote": r["quote"]})
		var doc, entity field
		if err == nil {
			doc, err = lookupID(ids.docs, r["doc"].(string))
		}
		if err == nil {
			entity, err = lookupID(ids.entities, r["entity"].(string))
		}
		if !p.add(append([]field{doc, entity}, fs...), err) {
			return
		}
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
