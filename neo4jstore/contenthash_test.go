package neo4jstore

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// appendJSON writes the bytes json.Marshal writes, or declines: every stored content hash
// stays what it was.
func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	founded, amount, lead := 2011, 1.5e8, true
	rel := &kg.Relationship{Type: "INVESTED_IN", Citations: []kg.Citation{{DocumentID: "doc:a", Start: 1, End: 9, Quote: "數碼港 <投資> & \"Co\"", Context: "…\u2028…"}},
		AmountHKD: &amount, Amount: &amount, Lead: &lead}
	ent := &kg.Entity{ID: "x", Kind: kg.KindOrganization, Name: "Cyberport", Founded: &founded, Roles: []kg.Role{"INVESTOR"}}
	cases := []map[string]any{
		RelationshipProps(rel),
		EntityProps(ent),
		EntityProps(&kg.Entity{ID: "y", Kind: kg.KindPerson, Name: "Y"}), // nil aliases become [], no roles
		{},
		{"nil": nil, "nilList": []string(nil), "empty": []string{}, "int64": int64(-7), "false": false},
		{"b": "\x00\x1f\x7f", "a": "\xff\xfe invalid", "c": "\u2029", "d": "emoji 🚀 and 中文", "e": `back\slash`, "<k>": "key escaped"},
	}
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1e-6, 9.99e-7, 1e-7, 1e20, 1e21, 1.5e21, 123456789.125, 5e-324, math.MaxFloat64, -2.5e-10} {
		cases = append(cases, map[string]any{"f": f})
	}
	cases = append(cases, map[string]any{"nan": math.NaN()}, map[string]any{"inf": math.Inf(-1), "s": "x"})
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("aZ09 <>&\"\\\n\t\r\b\f\u2028\u2029中文數碼港é🚀\x01\x7f\ufffd")
	for range 2000 {
		m := map[string]any{}
		for range r.IntN(6) {
			s := make([]rune, r.IntN(12))
			for i := range s {
				s[i] = alphabet[r.IntN(len(alphabet))]
			}
			switch r.IntN(5) {
			case 0:
				m[string(s)] = string(s)
			case 1:
				m[string(s)] = []string{string(s), string(s[:len(s)/2])}
			case 2:
				m[string(s)] = math.Float64frombits(r.Uint64())
			case 3:
				m[string(s)] = r.Int()
			default:
				m[string(s)] = r.IntN(2) == 0
			}
		}
		cases = append(cases, m)
	}
	for range 500 { // arbitrary bytes: invalid UTF-8 anywhere, cut runes, every control byte
		raw := make([]byte, r.IntN(16))
		for i := range raw {
			raw[i] = byte(r.Uint32())
		}
		cases = append(cases, map[string]any{string(raw): string(raw)})
	}
	declined := 0
	for _, m := range cases {
		want, wantErr := json.Marshal(m)
		got, ok := appendJSON(nil, m)
		switch {
		case !ok:
			declined++
			if wantErr == nil && !hasNonFinite(m) {
				t.Errorf("appendJSON declined %v, which json.Marshal encodes", m)
			}
		case wantErr != nil:
			t.Errorf("appendJSON encoded %v, which json.Marshal refuses (%v)", m, wantErr)
		case string(got) != string(want):
			t.Errorf("appendJSON\n got %s\nwant %s", got, want)
		}
	}
	if declined == 0 {
		t.Error("no case declined: NaN and infinities are json.Marshal's to refuse")
	}
	if _, ok := appendJSON(nil, map[string]any{"x": struct{}{}}); ok {
		t.Error("appendJSON encoded a type it does not know")
	}
}

func hasNonFinite(m map[string]any) bool {
	for _, v := range m {
		if f, ok := v.(float64); ok && (math.IsNaN(f) || math.IsInf(f, 0)) {
			return true
		}
	}
	return false
}

func BenchmarkContentHash(b *testing.B) {
	amount := 1.5e8
	props := RelationshipProps(&kg.Relationship{Type: "INVESTED_IN", AmountHKD: &amount,
		Citations: []kg.Citation{{DocumentID: "doc:a", Start: 1, End: 9, Quote: "數碼港投資", Context: "數碼港投資了一家初創企業。"}}})
	b.Run("appendJSON", func(b *testing.B) {
		for b.Loop() {
			contentHash(props)
		}
	})
	b.Run("json.Marshal", func(b *testing.B) { // what contentHash did before appendJSON
		for b.Loop() {
			j, _ := json.Marshal(props)
			sum := sha256.Sum256(j)
			_ = hex.EncodeToString(sum[:16])
		}
	})
}
