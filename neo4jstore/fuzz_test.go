package neo4jstore

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hkgraph/hkgraph/textnorm"
)

// luceneSyntax are the characters Lucene's query parser gives a meaning.
const luceneSyntax = `+-&|!(){}[]^"~*?:\/`

// unescape undoes escapeLucene and reports whether s had a syntax character unescaped.
func unescape(s string) (string, bool) {
	var b strings.Builder
	clean := true
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == '\\' {
			if i+n >= len(s) {
				return b.String(), false // a dangling escape would swallow what follows
			}
			r2, n2 := utf8.DecodeRuneInString(s[i+n:])
			b.WriteRune(r2)
			i += n + n2
			continue
		}
		if strings.ContainsRune(luceneSyntax, r) {
			clean = false
		}
		b.WriteRune(r)
		i += n
	}
	return b.String(), clean
}

// Whatever text a user searches for, escapeLucene leaves no syntax character unescaped and
// loses nothing.
func FuzzEscapeLucene(f *testing.F) {
	for _, s := range []string{"cyberport", `name:*`, `"unterminated`, `a AND (b OR`, `\`, `*`, `\\*`, "數碼港", "x~1^3", "&&||!"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		esc := escapeLucene(s)
		got, clean := unescape(esc)
		if !clean || got != s {
			t.Fatalf("escapeLucene(%q) = %q (unescapes to %q, clean %v)", s, esc, got, clean)
		}
	})
}

// The query built from any search text has exactly the template's syntax: two fields, two
// groups, one OR, and the user's words only as escaped terms with the template's ~1, * and ^3.
func FuzzLuceneQuery(f *testing.F) {
	for _, s := range []string{"cyberport", "數碼港", "数码港 HKIC", `name:*`, `"unterminated`, `a AND (b OR`, `\`, `*`,
		"hk-ic", "x~1^3", "OR AND NOT", "&&||", "", "   ", "a\u00a0b", "ｃｙｂｅｒ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		q := luceneQuery(textnorm.Fold(s))
		if q == "" {
			return
		}
		// Replace each escaped pair by a plain letter, leaving only unescaped syntax.
		var plain strings.Builder
		for i := 0; i < len(q); {
			r, n := utf8.DecodeRuneInString(q[i:])
			if r == '\\' {
				if i+n >= len(q) {
					t.Fatalf("%q: dangling escape in %q", s, q)
				}
				_, n2 := utf8.DecodeRuneInString(q[i+n:])
				plain.WriteByte('x')
				i += n + n2
				continue
			}
			plain.WriteRune(r)
			i += n
		}
		p := plain.String()
		if !strings.HasPrefix(p, "searchText:(") || strings.Count(p, "(") != 2 || strings.Count(p, ")") != 2 ||
			strings.Count(p, ":") != 2 || strings.Count(p, " OR ") != 1 || strings.ContainsAny(p, `+&|!{}[]"?/-`) {
			t.Fatalf("user text %q reached the query syntax: %q", s, q)
		}
		for _, op := range []string{" AND ", " NOT ", " && ", " || ", " TO "} {
			if strings.Contains(p, op) {
				t.Fatalf("user text %q became operator %q: %q", s, op, q)
			}
		}
	})
}
