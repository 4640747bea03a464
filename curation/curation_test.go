package curation

import (
	"strings"
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

func ptr[T any](v T) *T { return &v }

func TestEntityValidation(t *testing.T) {
	ok := func() kg.EntityWrite {
		return kg.EntityWrite{Entity: kg.Entity{ID: "acme", Kind: kg.KindOrganization, Name: "Acme", NameZhHans: ptr("数码港")},
			Source: kg.Source{URL: ptr("https://example.org")}}
	}
	tests := []struct {
		name  string
		edit  func(*kg.EntityWrite)
		field string // "" = valid
	}{
		{"valid", func(*kg.EntityWrite) {}, ""},
		{"bad id", func(w *kg.EntityWrite) { w.Entity.ID = "Acme!" }, "input.id"},
		{"empty name", func(w *kg.EntityWrite) { w.Entity.Name = "  " }, "input.name"},
		{"no source", func(w *kg.EntityWrite) { w.Source = kg.Source{} }, "input.source"},
		{"both sources", func(w *kg.EntityWrite) { w.Source.DocumentID = ptr("doc:x") }, "input.source"},
		{"javascript url", func(w *kg.EntityWrite) { w.Source.URL = ptr("javascript:alert(1)") }, "input.source.url"},
		{"span without end", func(w *kg.EntityWrite) { w.Source = kg.Source{DocumentID: ptr("doc:x"), Start: ptr(1)} }, "input.source"},
		{"reversed span", func(w *kg.EntityWrite) { w.Source = kg.Source{DocumentID: ptr("doc:x"), Start: ptr(5), End: ptr(5)} }, "input.source"},
		{"span over the cap", func(w *kg.EntityWrite) {
			w.Source = kg.Source{DocumentID: ptr("doc:x"), Start: ptr(10), End: ptr(11 + kg.MaxCitationLen)}
		}, "input.source.end"},
		{"long url without a quote", func(w *kg.EntityWrite) {
			w.Source.URL = ptr("https://example.org/" + strings.Repeat("a", kg.MaxCitationLen))
		}, "input.source.quote"},
		{"quote over the cap", func(w *kg.EntityWrite) { w.Source.Quote = ptr(strings.Repeat("字", kg.MaxCitationLen+1)) }, "input.source.quote"},
		{"bad date", func(w *kg.EntityWrite) { w.Entity.Date = ptr("late 2024") }, "input.date"},
		{"end before date", func(w *kg.EntityWrite) { w.Entity.Date, w.Entity.EndDate = ptr("2020"), ptr("2019-12") }, "input.endDate"},
		{"year", func(w *kg.EntityWrite) { w.Entity.Founded = ptr(99999) }, "input.founded"},
		{"long description", func(w *kg.EntityWrite) { w.Entity.Description = ptr(strings.Repeat("x", 4001)) }, "input.description"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := ok()
			tt.edit(&w)
			err := Entity(&w)
			switch {
			case tt.field == "" && err != nil:
				t.Fatalf("unexpected: %v", err)
			case tt.field != "" && (kg.ErrorCode(err) != kg.CodeBadUserInput || !strings.Contains(err.Error(), tt.field)):
				t.Fatalf("got %v, want BAD_USER_INPUT naming %s", err, tt.field)
			}
			if tt.field == "" && (w.Entity.NameZhHant == nil || *w.Entity.NameZhHant != "數碼港") {
				t.Errorf("Traditional name not filled: %v", w.Entity.NameZhHant)
			}
		})
	}
}
