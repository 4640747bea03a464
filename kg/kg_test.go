package kg

import (
	"strings"
	"testing"
)

func TestValidDate(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"2014", true}, {"2024-06", true}, {"2022-06-24", true}, {"2024-02-29", true},
		{"2023-02-29", false}, {"2024-13", false}, {"2024-00", false}, {"2024-6", false},
		{"24-06-01", false}, {"2024/06/01", false}, {"", false}, {"0999", false}, {"2024-06-31", false},
	}
	for _, tt := range tests {
		if got := ValidDate(tt.in); got != tt.want {
			t.Errorf("ValidDate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestDateBefore(t *testing.T) {
	tests := []struct {
		end, start string
		want       bool
	}{
		{"2016", "2014", false}, {"2013", "2014", true}, {"2014", "2014-06", false}, {"2014-05", "2014-06-01", true},
	}
	for _, tt := range tests {
		if got := DateBefore(tt.end, tt.start); got != tt.want {
			t.Errorf("DateBefore(%q, %q) = %v", tt.end, tt.start, got)
		}
	}
}

func TestValidID(t *testing.T) {
	for id, want := range map[string]bool{"cyberport": true, "58-suyun": true, "a": false, "-x": false, "Cyberport": false,
		"a_b": false, strings.Repeat("a", 64): true, strings.Repeat("a", 65): false, "x' OR 1=1": false} {
		if ValidID(id) != want {
			t.Errorf("ValidID(%q) != %v", id, want)
		}
	}
}

func TestRelationshipID(t *testing.T) {
	d := "2024-06"
	a := RelationshipID("INVESTED_IN", "hkic", "biomap", &d)
	if a != RelationshipID("INVESTED_IN", "hkic", "biomap", &d) {
		t.Error("the id must be stable")
	}
	if a == RelationshipID("INVESTED_IN", "hkic", "biomap", nil) || a == RelationshipID("INVESTED_IN", "biomap", "hkic", &d) {
		t.Error("date and direction must change the id")
	}
	if typ, ok := RelTypeOfID(a); !ok || typ != "INVESTED_IN" {
		t.Errorf("RelTypeOfID(%q) = %s, %v", a, typ, ok)
	}
	for _, bad := range []string{"rel:nope", "rel:owns:0123456789abcdef", "doc:x", "rel:invested_in:short"} {
		if _, ok := RelTypeOfID(bad); ok {
			t.Errorf("RelTypeOfID(%q) accepted", bad)
		}
	}
}

func TestCursorRoundTripAndForgery(t *testing.T) {
	c := Cursor{On: "ent", Key: []any{"BioMap", "biomap"}}
	got, err := DecodeCursor(c.Encode(), "ent", 2, "after")
	if err != nil || got.Key[1] != "biomap" {
		t.Fatalf("round trip: %+v %v", got, err)
	}
	for _, bad := range []string{"", "!!!", Cursor{On: "rel", Key: []any{"a", "b"}}.Encode(), Cursor{On: "ent", Key: []any{"a"}}.Encode(),
		Cursor{On: "ent", Key: []any{map[string]any{"x": 1}, "b"}}.Encode()} {
		if _, err := DecodeCursor(bad, "ent", 2, "after"); ErrorCode(err) != CodeBadUserInput {
			t.Errorf("cursor %q: %v, want BAD_USER_INPUT", bad, err)
		}
	}
}

func TestTextSliceAndContext(t *testing.T) {
	text := Text("第一句。港投公司投资了百图生科，很好。第三句")
	start := len([]rune("第一句。"))
	end := start + len([]rune("港投公司投资了百图生科"))
	q, ok := text.Slice(start, end)
	if !ok || q != "港投公司投资了百图生科" {
		t.Fatalf("Slice = %q", q)
	}
	if ctx := text.Context(start, end); ctx != "港投公司投资了百图生科，很好。" {
		t.Errorf("Context = %q", ctx)
	}
	if _, ok := text.Slice(5, 1000); ok {
		t.Error("out-of-range slice accepted")
	}
	if !HasNumeral("620亿港元") || !HasNumeral("三至五年") || HasNumeral("港投公司") {
		t.Error("HasNumeral wrong")
	}
}

// Every role has its own label, and no role label is a kind's label or another role's.
func TestRoleLabels(t *testing.T) {
	seen := map[string]string{}
	for _, k := range Kinds {
		seen[k.Label()] = string(k)
	}
	for _, r := range Roles {
		l := r.Label()
		if !strings.HasPrefix(l, "Role") || len(l) == len("Role") {
			t.Errorf("role %s has label %q, not Role…", r, l)
		}
		if other, ok := seen[l]; ok {
			t.Errorf("role %s's label %q is also %s's", r, l, other)
		}
		seen[l] = string(r)
	}
	if len(roleLabels) != len(Roles) || Role("FOUNDER").Label() != "" {
		t.Errorf("roleLabels has %d entries for %d roles", len(roleLabels), len(Roles))
	}
}
