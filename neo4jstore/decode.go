package neo4jstore

import (
	"encoding/json"

	"github.com/hkgraph/hkgraph/kg"
)

// The decoders read the maps that entityMap, relMap and documentMap project. Neo4j returns
// integers as int64, floats as float64, lists as []any and absent properties as nil.

func str(m map[string]any, k string) string { s, _ := m[k].(string); return s }

func strp(m map[string]any, k string) *string {
	if s, ok := m[k].(string); ok {
		return &s
	}
	return nil
}

func intOf(m map[string]any, k string) int { i, _ := m[k].(int64); return int(i) }

func intp(m map[string]any, k string) *int {
	if i, ok := m[k].(int64); ok {
		v := int(i)
		return &v
	}
	return nil
}

func floatp(m map[string]any, k string) *float64 {
	switch v := m[k].(type) {
	case float64:
		return &v
	case int64:
		f := float64(v)
		return &f
	}
	return nil
}

func strs(m map[string]any, k string) []string {
	list, _ := m[k].([]any)
	out := make([]string, 0, len(list))
	for _, v := range list {
		if s, ok := v.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func asMap(v any) map[string]any { m, _ := v.(map[string]any); return m }

func decodeEntity(v any) *kg.Entity {
	m := asMap(v)
	if m == nil {
		return nil
	}
	e := &kg.Entity{
		ID: str(m, "id"), Kind: kg.Kind(str(m, "kind")), Name: str(m, "name"),
		NameZhHans: strp(m, "nameZhHans"), NameZhHant: strp(m, "nameZhHant"),
		Aliases: strs(m, "aliases"), Description: strp(m, "description"),
		Founded: intp(m, "founded"), Region: strp(m, "region"), Sector: strp(m, "sector"),
		Date: strp(m, "date"), EndDate: strp(m, "endDate"),
		Degree: intOf(m, "degree"), Version: intOf(m, "version"),
		UpdatedAt: strp(m, "updatedAt"), UpdatedBy: strp(m, "updatedBy"),
	}
	for _, r := range strs(m, "roles") {
		e.Roles = append(e.Roles, kg.Role(r))
	}
	e.Figures = decodeFigures(str(m, "figures"))
	e.Citations = decodeCitations(str(m, "citations"))
	return e
}

func decodeRelationship(v any) *kg.Relationship {
	m := asMap(v)
	if m == nil {
		return nil
	}
	r := &kg.Relationship{
		ID: str(m, "id"), Type: kg.RelType(str(m, "type")), FromID: str(m, "from"), ToID: str(m, "to"),
		Date: strp(m, "date"), EndDate: strp(m, "endDate"), DateNote: strp(m, "dateNote"),
		AmountHKD: floatp(m, "amountHKD"), Role: strp(m, "role"), Note: strp(m, "note"),
		Status: kg.FactStatus(str(m, "status")), Amount: floatp(m, "amount"), Currency: strp(m, "currency"),
		Citations: decodeCitations(str(m, "citations")), Version: intOf(m, "version"),
		UpdatedAt: strp(m, "updatedAt"), UpdatedBy: strp(m, "updatedBy"),
	}
	if round := strp(m, "round"); round != nil {
		fr := kg.FundingRound(*round)
		r.Round = &fr
	}
	if lead, ok := m["lead"].(bool); ok {
		r.Lead = &lead
	}
	r.Status = statusOf(r) // written before statuses existed and not yet migrated
	return r
}

func decodeDocument(v any) *kg.Document {
	m := asMap(v)
	if m == nil {
		return nil
	}
	public, _ := m["textPublic"].(bool)
	return &kg.Document{
		ID: str(m, "id"), Title: str(m, "title"), URL: strp(m, "url"), Publisher: strp(m, "publisher"),
		Published: strp(m, "published"), Language: str(m, "language"), Text: str(m, "text"),
		TextPublic: public, SHA256: str(m, "sha256"),
	}
}

// Figures and citations are stored as JSON text: they are always read whole with their owner,
// and Neo4j properties cannot hold lists of maps.

type storedFigure struct {
	Key       string        `json:"key"`
	Value     float64       `json:"value"`
	MaxValue  *float64      `json:"maxValue,omitempty"`
	Unit      *string       `json:"unit,omitempty"`
	Qualifier *string       `json:"qualifier,omitempty"`
	AsOf      *string       `json:"asOf,omitempty"`
	Note      *string       `json:"note,omitempty"`
	Citations []kg.Citation `json:"citations"`
}

func encodeFigures(fs []kg.Figure) string {
	out := make([]storedFigure, len(fs))
	for i, f := range fs {
		out[i] = storedFigure(f)
	}
	b, _ := json.Marshal(out)
	return string(b)
}

func decodeFigures(s string) []kg.Figure {
	var in []storedFigure
	if s == "" || json.Unmarshal([]byte(s), &in) != nil {
		return nil
	}
	out := make([]kg.Figure, len(in))
	for i, f := range in {
		out[i] = kg.Figure(f)
	}
	return out
}

func encodeCitations(cs []kg.Citation) string {
	if cs == nil {
		cs = []kg.Citation{}
	}
	b, _ := json.Marshal(cs)
	return string(b)
}

func decodeCitations(s string) []kg.Citation {
	var out []kg.Citation
	if s == "" || json.Unmarshal([]byte(s), &out) != nil {
		return nil
	}
	return out
}
