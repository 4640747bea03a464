package kg

import (
	"strings"
	"testing"
)

func TestPlanMerge(t *testing.T) {
	cite := func(start int) Citation {
		return Citation{DocumentID: "doc:a", Start: start, End: start + 5, Quote: "q"}
	}
	hkd := "HKD"
	keep := &Entity{ID: "keep", Kind: KindOrganization, Name: "Keep", Citations: []Citation{cite(0)},
		Figures: []Figure{{Key: "size", Value: 1, Unit: &hkd, Citations: []Citation{cite(10)}}, {Key: "staff", Value: 5, Citations: []Citation{cite(20)}}}}
	remove := &Entity{ID: "remove", Kind: KindOrganization, Name: "Remove", Citations: []Citation{cite(0), cite(30)},
		Figures: []Figure{{Key: "size", Value: 1, Unit: &hkd, Citations: []Citation{cite(40)}}, {Key: "staff", Value: 6, Citations: []Citation{cite(50)}},
			{Key: "funds", Value: 2, Citations: []Citation{cite(60)}}}}
	rels := []Relationship{
		{ID: "rel:invested_in:x", Type: "INVESTED_IN", FromID: "keep", ToID: "remove", Citations: []Citation{cite(70)}},
		{ID: "rel:partnered_with:y", Type: "PARTNERED_WITH", FromID: "remove", ToID: "other", Citations: []Citation{cite(80)}},
	}
	p, err := PlanMerge(keep, remove, rels, false)
	if err != nil {
		t.Fatal(err)
	}
	spans := func(cs []Citation) (out []int) {
		for _, c := range cs {
			out = append(out, c.Start)
		}
		return out
	}
	if got := spans(p.Entity.Citations); len(got) != 3 || got[1] != 30 || got[2] != 70 {
		t.Errorf("entity citations %v: want keep's, remove's new one and the dropped relationship's (0 30 70)", got)
	}
	if len(p.Dropped) != 1 || p.Dropped[0].ID != "rel:invested_in:x" {
		t.Errorf("dropped %+v, want the relationship between the two", p.Dropped)
	}
	if len(p.Moved) != 1 || p.Moved[0].FromID != "keep" || p.Moved[0].ID != RelationshipID("PARTNERED_WITH", "keep", "other", nil) {
		t.Errorf("moved %+v", p.Moved)
	}
	if len(p.DroppedFigures) != 1 || p.DroppedFigures[0].Key != "staff" {
		t.Errorf("dropped figures %+v, want remove's staff (another number)", p.DroppedFigures)
	}
	if len(p.Entity.Figures) != 3 || len(p.Entity.Figures[0].Citations) != 2 {
		t.Errorf("figures %+v: size gains remove's citation, funds joins", p.Entity.Figures)
	}
	if len(keep.Citations) != 1 || len(keep.Figures[0].Citations) != 1 {
		t.Error("PlanMerge must not change its inputs")
	}
	if !strings.Contains(strings.Join(p.Entity.Aliases, "|"), "Remove") {
		t.Errorf("aliases %v lack remove's name", p.Entity.Aliases)
	}
	person := &Entity{ID: "person", Kind: KindPerson, Name: "P"}
	if _, err := PlanMerge(keep, person, nil, false); ErrorCode(err) != CodeBadUserInput {
		t.Errorf("a kind change without allowKindChange: %v", err)
	}
	if p, err := PlanMerge(keep, person, nil, true); err != nil || p.Entity.Kind != KindOrganization {
		t.Errorf("with allowKindChange: %v", err)
	}
}

func TestDocumentDeletion(t *testing.T) {
	d := &DocumentDeletion{DocumentID: "doc:a"}
	a, b := Citation{DocumentID: "doc:a", Start: 1, End: 2}, Citation{DocumentID: "doc:b", Start: 1, End: 2}
	e := &Entity{ID: "e", Citations: []Citation{a, b}, Figures: []Figure{{Key: "only", Citations: []Citation{a}}, {Key: "both", Citations: []Citation{a, b}}}}
	if !d.EntityWithoutDocument(e) || len(e.Citations) != 1 || len(e.Figures) != 1 || e.Figures[0].Key != "both" {
		t.Errorf("entity after: %+v", e)
	}
	only := &Relationship{ID: "r1", Citations: []Citation{a}}
	shared := &Relationship{ID: "r2", Citations: []Citation{a, b}}
	if !d.RelationshipWithoutDocument(only) || d.RelationshipWithoutDocument(shared) || len(shared.Citations) != 1 {
		t.Error("a relationship left without citations goes; one with another stays")
	}
	if d.CitationsRemoved != 5 || len(d.FiguresRemoved) != 1 || d.FiguresRemoved[0] != "e/only" || len(d.RelationshipsDeleted) != 1 {
		t.Errorf("report %+v", d)
	}
	for _, tc := range []struct {
		name   string
		d      DocumentDeletion
		refuse bool
	}{
		{"cited", DocumentDeletion{DocumentID: "doc:a", CitationsRemoved: 2}, true},
		{"cited, forced", DocumentDeletion{DocumentID: "doc:a", CitationsRemoved: 2, Forced: true}, false},
		{"uncited", DocumentDeletion{DocumentID: "doc:a"}, false},
	} {
		err := tc.d.Refusal(1, 1)
		if (err != nil) != tc.refuse || (err != nil && (ErrorCode(err) != CodeConflict || err.(*Error).Extensions["citations"] != 2)) {
			t.Errorf("%s: Refusal = %v, want refusal %v", tc.name, err, tc.refuse)
		}
	}
}
