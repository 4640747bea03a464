package kg

import (
	"math"
	"strconv"
	"testing"
	"time"
	"unicode/utf8"
)

// Cursors come from clients: decoding any string either fails with BAD_USER_INPUT or yields
// a cursor of the asked connection and size that encodes back to an equivalent cursor.
func FuzzDecodeCursor(f *testing.F) {
	f.Add(Cursor{On: "ent", Key: []any{"cyberport", "cyberport"}}.Encode(), "ent", 2)
	f.Add(Cursor{On: "rel", Key: []any{"A", nil, 3.5}}.Encode(), "rel", 3)
	f.Add("eyJvbiI6InJlbCIsImtleSI6WyJBIiwiYiIsImMiXX0", "ent", 2)
	f.Add("not-a-cursor", "ent", 2)
	f.Add("", "aud", 1)
	f.Add("eyJvbiI6ImVudCIsImtleSI6W3t9LFtdXX0", "ent", 2) // objects and arrays as keys
	f.Fuzz(func(t *testing.T, s, on string, n int) {
		c, err := DecodeCursor(s, on, n, "after")
		if err != nil {
			if ErrorCode(err) != CodeBadUserInput {
				t.Fatalf("%q: %v, want BAD_USER_INPUT", s, err)
			}
			return
		}
		if c.On != on || len(c.Key) != n {
			t.Fatalf("%q decoded as %+v for %s/%d", s, c, on, n)
		}
		again, err := DecodeCursor(c.Encode(), on, n, "after")
		if err != nil || again.Encode() != c.Encode() {
			t.Fatalf("%+v does not survive encoding: %v", c, err)
		}
	})
}

// An id is valid exactly when it is a slug: 2–64 of a-z, 0-9 and "-", not starting with "-".
func FuzzValidID(f *testing.F) {
	for _, s := range []string{"cyberport", "hkic", "a", "-x", "x-", "A1", "數碼港", "ok\n", "12", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := len(s) >= 2 && len(s) <= 64 && s[0] != '-'
		for _, r := range s {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
				want = false
			}
		}
		if got := ValidID(s); got != want {
			t.Fatalf("ValidID(%q) = %v, want %v", s, got, want)
		}
	})
}

// A date is valid exactly when it is YYYY, YYYY-MM or YYYY-MM-DD of a real day from year
// 1000; partial dates compare without panicking.
func FuzzValidDate(f *testing.F) {
	for _, s := range []string{"2014", "2024-06", "2022-06-24", "2024-02-29", "2023-02-29", "0999", "2024-6", "2024-13", "9999-12-31", "２０２４"} {
		f.Add(s, "2020")
	}
	f.Fuzz(func(t *testing.T, s, other string) {
		got := ValidDate(s)
		want := false
		for _, layout := range []string{"2006", "2006-01", "2006-01-02"} {
			if len(s) == len(layout) {
				if d, err := time.Parse(layout, s); err == nil && d.Year() >= 1000 {
					want = true
				}
			}
		}
		if got != want {
			t.Fatalf("ValidDate(%q) = %v, want %v", s, got, want)
		}
		if got && ValidDate(other) {
			_ = DateBefore(s, other)
		}
	})
}

// An amount is valid exactly when it is a finite number ≥ 0.
func FuzzValidAmount(f *testing.F) {
	for _, v := range []float64{0, 1, -1, 1e300, math.Inf(1), math.NaN(), math.SmallestNonzeroFloat64, -0.0} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v float64) {
		want := !math.IsNaN(v) && !math.IsInf(v, 0) && v >= 0
		if got := ValidAmount(v); got != want {
			t.Fatalf("ValidAmount(%s) = %v", strconv.FormatFloat(v, 'g', -1, 64), got)
		}
	})
}

// Relationship ids derived from any endpoints decode back to their type.
func FuzzRelationshipID(f *testing.F) {
	f.Add("hkic", "cyberport", "2024-06")
	f.Fuzz(func(t *testing.T, from, to, date string) {
		if !utf8.ValidString(from + to + date) {
			return
		}
		for _, rt := range RelTypes {
			id := RelationshipID(rt, from, to, &date)
			if got, ok := RelTypeOfID(id); !ok || got != rt {
				t.Fatalf("%s: RelTypeOfID = %s, %v", id, got, ok)
			}
		}
	})
}
