// Package export writes the graph in formats other tools read: GraphML (Gephi, yEd, Cytoscape
// desktop, NetworkX) and CSV (spreadsheets; the same columns `hkgraph import` reads). The
// lossless JSON export is the loaders' dataset format (loaders.ExportDataset).
package export

import (
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/loaders"
)

// A GraphML attribute: its key id, name (what Gephi shows as the column), type and how to
// read it from an entity or a relationship ("" = absent).
type nodeAttr struct {
	name, typ string
	get       func(e *kg.Entity) string
}

type edgeAttr struct {
	name, typ string
	get       func(r *kg.Relationship) string
}

func opt(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func optInt(p *int) string {
	if p == nil {
		return ""
	}
	return strconv.Itoa(*p)
}

func optFloat(p *float64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}

func roles(e *kg.Entity) string {
	out := make([]string, len(e.Roles))
	for i, r := range e.Roles {
		out[i] = string(r)
	}
	return strings.Join(out, "|")
}

// The attributes; the explorer's GraphML export (httpserver/explorer/web/src/exporters.ts)
// writes the same ones.
var nodeAttrs = []nodeAttr{
	{"label", "string", func(e *kg.Entity) string { return e.Name }},
	{"kind", "string", func(e *kg.Entity) string { return string(e.Kind) }},
	{"nameZhHans", "string", func(e *kg.Entity) string { return opt(e.NameZhHans) }},
	{"nameZhHant", "string", func(e *kg.Entity) string { return opt(e.NameZhHant) }},
	{"aliases", "string", func(e *kg.Entity) string { return strings.Join(e.Aliases, "|") }},
	{"roles", "string", roles},
	{"description", "string", func(e *kg.Entity) string { return opt(e.Description) }},
	{"founded", "int", func(e *kg.Entity) string { return optInt(e.Founded) }},
	{"region", "string", func(e *kg.Entity) string { return opt(e.Region) }},
	{"sector", "string", func(e *kg.Entity) string { return opt(e.Sector) }},
	{"date", "string", func(e *kg.Entity) string { return opt(e.Date) }},
	{"endDate", "string", func(e *kg.Entity) string { return opt(e.EndDate) }},
}

var edgeAttrs = []edgeAttr{
	{"label", "string", func(r *kg.Relationship) string { return string(r.Type) }},
	{"type", "string", func(r *kg.Relationship) string { return string(r.Type) }},
	{"date", "string", func(r *kg.Relationship) string { return opt(r.Date) }},
	{"endDate", "string", func(r *kg.Relationship) string { return opt(r.EndDate) }},
	{"amountHKD", "double", func(r *kg.Relationship) string { return optFloat(r.AmountHKD) }},
	{"role", "string", func(r *kg.Relationship) string { return opt(r.Role) }},
	{"note", "string", func(r *kg.Relationship) string { return opt(r.Note) }},
	{"citations", "int", func(r *kg.Relationship) string { return strconv.Itoa(len(r.Citations)) }},
}

// GraphML writes entities as nodes (id = slug) and relationships as directed edges
// (id = relationship id) with their attributes.
func GraphML(w io.Writer, ents []*kg.Entity, rels []*kg.Relationship) error {
	ew := &errWriter{w: w}
	ew.print(xml.Header)
	ew.print(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, a := range nodeAttrs {
		ew.print(fmt.Sprintf(`  <key id="n_%s" for="node" attr.name="%s" attr.type="%s"/>`+"\n", a.name, a.name, a.typ))
	}
	for _, a := range edgeAttrs {
		ew.print(fmt.Sprintf(`  <key id="e_%s" for="edge" attr.name="%s" attr.type="%s"/>`+"\n", a.name, a.name, a.typ))
	}
	ew.print(`  <graph id="hkgraph" edgedefault="directed">` + "\n")
	for _, e := range ents {
		ew.print(`    <node id="` + esc(e.ID) + `">`)
		for _, a := range nodeAttrs {
			if v := a.get(e); v != "" {
				ew.print(`<data key="n_` + a.name + `">` + esc(v) + `</data>`)
			}
		}
		ew.print("</node>\n")
	}
	for _, r := range rels {
		ew.print(`    <edge id="` + esc(r.ID) + `" source="` + esc(r.FromID) + `" target="` + esc(r.ToID) + `">`)
		for _, a := range edgeAttrs {
			if v := a.get(r); v != "" {
				ew.print(`<data key="e_` + a.name + `">` + esc(v) + `</data>`)
			}
		}
		ew.print("</edge>\n")
	}
	ew.print("  </graph>\n</graphml>\n")
	return ew.err
}

func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) print(s string) {
	if e.err == nil {
		_, e.err = io.WriteString(e.w, s)
	}
}

// EntitiesCSV writes entities with loaders.EntityColumns (lists joined by "|").
func EntitiesCSV(w io.Writer, ents []*kg.Entity) error {
	cw := csv.NewWriter(w)
	_ = cw.Write(loaders.EntityColumns)
	for _, e := range ents {
		_ = cw.Write([]string{e.ID, string(e.Kind), e.Name, opt(e.NameZhHans), opt(e.NameZhHant), strings.Join(e.Aliases, "|"),
			opt(e.Description), roles(e), optInt(e.Founded), opt(e.Region), opt(e.Sector), opt(e.Date), opt(e.EndDate)})
	}
	cw.Flush()
	return cw.Error()
}

// RelationshipsCSV writes relationships with loaders.RelationshipColumns, one row per citation
// (`hkgraph import` merges the rows of one fact back into one relationship).
func RelationshipsCSV(w io.Writer, rels []*kg.Relationship) error {
	cw := csv.NewWriter(w)
	_ = cw.Write(loaders.RelationshipColumns)
	for _, r := range rels {
		for _, c := range r.Citations {
			_ = cw.Write([]string{string(r.Type), r.FromID, r.ToID, opt(r.Date), opt(r.EndDate), optFloat(r.AmountHKD),
				opt(r.Role), opt(r.Note), string(r.Status), optRound(r.Round), optFloat(r.Amount), opt(r.Currency), optBool(r.Lead), c.DocumentID, strconv.Itoa(c.Start), strconv.Itoa(c.End), c.Quote})
		}
	}
	cw.Flush()
	return cw.Error()
}

func optRound(r *kg.FundingRound) string {
	if r == nil {
		return ""
	}
	return string(*r)
}

func optBool(b *bool) string {
	if b == nil {
		return ""
	}
	return strconv.FormatBool(*b)
}
