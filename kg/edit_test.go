package kg

import (
	"reflect"
	"testing"
)

func ptr[T any](v T) *T { return &v }

func TestCheckVersion(t *testing.T) {
	for _, tc := range []struct {
		name     string
		expected *int
		current  int
		conflict bool
	}{
		{"no expectation", nil, 7, false},
		{"the version read", ptr(7), 7, false},
		{"an older version", ptr(6), 7, true},
		{"a newer version", ptr(8), 7, true},
		{"creating what exists", ptr(0), 1, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckVersion("x", tc.expected, tc.current)
			if (err != nil) != tc.conflict {
				t.Fatalf("CheckVersion = %v, want conflict %v", err, tc.conflict)
			}
			if err == nil {
				return
			}
			if ErrorCode(err) != CodeConflict || err.(*Error).Extensions["currentVersion"] != tc.current {
				t.Errorf("got %v %v, want CONFLICT with currentVersion %d", err, err.(*Error).Extensions, tc.current)
			}
		})
	}
}

func TestApplyEntityWrite(t *testing.T) {
	cur := &Entity{ID: "e", Kind: KindOrganization, Name: "Old", Description: ptr("kept"), Region: ptr("HK"),
		Aliases: []string{"O"}, Roles: []Role{"INVESTOR"}, Founded: ptr(1999), Version: 3}
	for _, tc := range []struct {
		name string
		cur  *Entity
		w    Entity
		want Entity
	}{
		{"new entity is the write", nil, Entity{ID: "e", Kind: KindPerson, Name: "P"}, Entity{ID: "e", Kind: KindPerson, Name: "P"}},
		{"nil fields keep", cur, Entity{ID: "e", Kind: KindOrganization, Name: "New", Region: ptr("SZ")},
			Entity{ID: "e", Kind: KindOrganization, Name: "New", Description: ptr("kept"), Region: ptr("SZ"),
				Aliases: []string{"O"}, Roles: []Role{"INVESTOR"}, Founded: ptr(1999), Version: 3}},
		{"given lists replace", cur, Entity{ID: "e", Kind: KindOrganization, Name: "Old", Aliases: []string{}, Founded: ptr(2001)},
			Entity{ID: "e", Kind: KindOrganization, Name: "Old", Description: ptr("kept"), Region: ptr("HK"),
				Aliases: []string{}, Roles: []Role{"INVESTOR"}, Founded: ptr(2001), Version: 3}},
		{"only organizations keep roles", cur, Entity{ID: "e", Kind: KindPerson, Name: "Old"},
			Entity{ID: "e", Kind: KindPerson, Name: "Old", Description: ptr("kept"), Region: ptr("HK"),
				Aliases: []string{"O"}, Founded: ptr(1999), Version: 3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ApplyEntityWrite(tc.cur, tc.w)
			if !reflect.DeepEqual(*got, tc.want) {
				t.Errorf("got  %+v\nwant %+v", *got, tc.want)
			}
		})
	}
	if cur.Name != "Old" || *cur.Region != "HK" || len(cur.Roles) != 1 {
		t.Errorf("ApplyEntityWrite changed its input: %+v", cur)
	}
}

func TestApplyRelationshipUpdate(t *testing.T) {
	before := Relationship{ID: "rel:invested_in:x", Type: "INVESTED_IN", FromID: "a", ToID: "b", Date: ptr("2020"),
		Note: ptr("n"), Status: "CURRENT", Version: 2}
	for _, tc := range []struct {
		name    string
		u       RelationshipUpdate
		check   func(Relationship) bool
		errCode string
	}{
		{"given fields change, others stay", RelationshipUpdate{EndDate: ptr("2022"), Status: ptr(FactStatus("ENDED"))},
			func(r Relationship) bool {
				return *r.Date == "2020" && *r.EndDate == "2022" && r.Status == "ENDED" && *r.Note == "n" && r.ID == before.ID && r.Version == 2
			}, ""},
		{"a deal on an investment", RelationshipUpdate{Deal: Deal{Amount: ptr(5.0), Currency: ptr("USD"), Lead: ptr(true)}},
			func(r Relationship) bool { return *r.Amount == 5 && *r.Currency == "USD" && *r.Lead }, ""},
		{"end before start", RelationshipUpdate{EndDate: ptr("2019")}, nil, CodeBadUserInput},
		{"amount without currency", RelationshipUpdate{Deal: Deal{Amount: ptr(5.0)}}, nil, CodeBadUserInput},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ApplyRelationshipUpdate(before, tc.u)
			if tc.errCode != "" {
				if ErrorCode(err) != tc.errCode {
					t.Fatalf("err %v, want %s", err, tc.errCode)
				}
				return
			}
			if err != nil || !tc.check(got) {
				t.Errorf("got %+v, %v", got, err)
			}
		})
	}
	if before.EndDate != nil || before.Amount != nil {
		t.Error("ApplyRelationshipUpdate changed its input")
	}
}

func TestCombineMoved(t *testing.T) {
	c := func(start int) Citation { return Citation{DocumentID: "doc:a", Start: start, End: start + 1} }
	moved := Relationship{ID: "rel:x", Type: "PARTNERED_WITH", Note: ptr("moved"), Citations: []Citation{c(1), c(2)}, Version: 1}
	if got := CombineMoved(nil, moved); !reflect.DeepEqual(got, moved) {
		t.Errorf("without an equal relationship: got %+v, want the moved one", got)
	}
	existing := &Relationship{ID: "rel:x", Type: "PARTNERED_WITH", Note: ptr("kept"), Citations: []Citation{c(2), c(3)}, Version: 4}
	got := CombineMoved(existing, moved)
	if *got.Note != "kept" || got.Version != 4 || !reflect.DeepEqual(got.Citations, []Citation{c(2), c(3), c(1)}) {
		t.Errorf("with an equal one: got %+v, want its attributes and version with both citations", got)
	}
	if len(existing.Citations) != 2 {
		t.Error("CombineMoved changed its input")
	}
}

func TestFigures(t *testing.T) {
	figs := []Figure{{Key: "a", Value: 1}, {Key: "b", Value: 2}}
	if got := SetFigure(figs, Figure{Key: "a", Value: 9}); !reflect.DeepEqual(got, []Figure{{Key: "b", Value: 2}, {Key: "a", Value: 9}}) {
		t.Errorf("SetFigure replacing: %+v", got)
	}
	if got := SetFigure(figs, Figure{Key: "c", Value: 3}); len(got) != 3 || got[2].Key != "c" {
		t.Errorf("SetFigure adding: %+v", got)
	}
	if got, ok := RemoveFigure(figs, "b"); !ok || !reflect.DeepEqual(got, []Figure{{Key: "a", Value: 1}}) {
		t.Errorf("RemoveFigure: %+v %v", got, ok)
	}
	if _, ok := RemoveFigure(figs, "z"); ok {
		t.Error("RemoveFigure of a missing key reports a removal")
	}
	if len(figs) != 2 || figs[0].Value != 1 {
		t.Errorf("the figure helpers changed their input: %+v", figs)
	}
}
