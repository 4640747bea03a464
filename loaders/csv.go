package loaders

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// CSV headers. Lists (aliases, roles) are separated by "|". A relationship's citation is a
// span of a stored document: citeDoc, citeStart, citeEnd, citeQuote.
var (
	EntityColumns       = []string{"id", "kind", "name", "nameZhHans", "nameZhHant", "aliases", "description", "roles", "founded", "region", "sector", "date", "endDate"}
	RelationshipColumns = []string{"type", "from", "to", "date", "endDate", "amountHKD", "role", "note", "status", "round", "amount", "currency", "lead", "citeDoc", "citeStart", "citeEnd", "citeQuote"}
)

// requiredColumns must be present; the others may be left out of the header.
var requiredColumns = map[string]bool{"id": true, "kind": true, "name": true, "type": true, "from": true, "to": true,
	"citeDoc": true, "citeStart": true, "citeEnd": true, "citeQuote": true}

// LoadCSV reads entities.csv or relationships.csv, telling them apart by their header, into
// a dataset. Problems name the file, line and column.
func LoadCSV(path string) (*Dataset, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ParseCSV(f, path)
}

// ParseCSV parses one CSV file of entities or relationships.
func ParseCSV(r io.Reader, name string) (*Dataset, error) {
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: reading the header: %w", name, err)
	}
	cols := map[string]int{}
	for i, h := range header {
		cols[strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))] = i
	}
	var known []string
	switch {
	case hasAll(cols, "id", "kind", "name"):
		known = EntityColumns
	case hasAll(cols, "type", "from", "to"):
		known = RelationshipColumns
	default:
		return nil, fmt.Errorf("%s: header must be either %s or %s", name,
			strings.Join(EntityColumns, ","), strings.Join(RelationshipColumns, ","))
	}
	var problems []string
	for h := range cols {
		if !contains(known, h) {
			problems = append(problems, fmt.Sprintf("%s: line 1: unknown column %q (columns: %s)", name, h, strings.Join(known, ",")))
		}
	}
	for _, k := range known {
		if _, ok := cols[k]; !ok && requiredColumns[k] {
			problems = append(problems, fmt.Sprintf("%s: line 1: missing column %q", name, k))
		}
	}
	if len(problems) > 0 {
		return nil, errors.New(strings.Join(problems, "\n"))
	}
	ds := &Dataset{}
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			problems = append(problems, fmt.Sprintf("%s: %v", name, err))
			break
		}
		get := func(col string) string {
			if i, ok := cols[col]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		opt := func(col string) *string {
			if v := get(col); v != "" {
				return &v
			}
			return nil
		}
		bad := func(col, format string, args ...any) {
			problems = append(problems, fmt.Sprintf("%s: line %d: column %s: %s", name, line, col, fmt.Sprintf(format, args...)))
		}
		intCol := func(col string) *int {
			v := get(col)
			if v == "" {
				return nil
			}
			n, err := strconv.Atoi(v)
			if err != nil {
				bad(col, "%q is not a whole number", v)
				return nil
			}
			return &n
		}
		if known[0] == "id" {
			ds.Entities = append(ds.Entities, EntityRecord{
				ID: get("id"), Kind: get("kind"), Name: get("name"), NameZhHans: opt("nameZhHans"), NameZhHant: opt("nameZhHant"),
				Aliases: splitList(get("aliases")), Description: opt("description"), Roles: splitList(get("roles")),
				Founded: intCol("founded"), Region: opt("region"), Sector: opt("sector"), Date: opt("date"), EndDate: opt("endDate"),
			})
			continue
		}
		rr := RelationshipRecord{Type: get("type"), From: get("from"), To: get("to"), Date: opt("date"), EndDate: opt("endDate"),
			Role: opt("role"), Note: opt("note")}
		if v := get("amountHKD"); v != "" {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				bad("amountHKD", "%q is not a number", v)
			}
			rr.AmountHKD = &f
		}
		rr.Status, rr.Round, rr.Currency = opt("status"), opt("round"), opt("currency")
		if v := get("amount"); v != "" {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				bad("amount", "%q is not a number", v)
			}
			rr.Amount = &f
		}
		if v := get("lead"); v != "" {
			b, err := strconv.ParseBool(v)
			if err != nil {
				bad("lead", "%q is not true or false", v)
			}
			rr.Lead = &b
		}
		start, end := intCol("citeStart"), intCol("citeEnd")
		if start != nil && end != nil {
			rr.Citations = []CitationRecord{{Doc: get("citeDoc"), Start: *start, End: *end, Quote: get("citeQuote")}}
		}
		ds.Relationships = append(ds.Relationships, rr)
	}
	if len(problems) > 0 {
		return nil, errors.New(strings.Join(problems, "\n"))
	}
	return ds, nil
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func hasAll(cols map[string]int, names ...string) bool {
	for _, n := range names {
		if _, ok := cols[n]; !ok {
			return false
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
