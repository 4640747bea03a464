package extract

import "github.com/hkgraph/hkgraph/kg"

// "plans to enter the US market in 2027": English news writes the United States and the United
// Kingdom as upper-case codes that the folded place list cannot hold (it would read the pronoun
// "us"). Written exactly so, as a word and not a currency (US$), they are those countries.

// countryCodes are the codes and the English place name each stands for.
var countryCodes = map[string]string{"US": "United States", "U.S.": "United States", "UK": "United Kingdom", "U.K.": "United Kingdom"}

// countryCodePlaces finds the country codes of an English text.
func countryCodePlaces(d *doc) []mention {
	if d.lang != "en" {
		return nil
	}
	var out []mention
	r := d.runes
	for i := 0; i+1 < len(r); i++ {
		if r[i] != 'U' || i > 0 && (isWordRune(r[i-1]) || r[i-1] == '.') {
			continue
		}
		for code, place := range countryCodes {
			e := i + len([]rune(code))
			if e > len(r) || string(r[i:e]) != code {
				continue
			}
			if e < len(r) && (isWordRune(r[e]) || r[e] == '$' || r[e] == '-' && code[len(code)-1] != '.') {
				continue // US$, USD, US-listed
			}
			names, ok := placeNames[place]
			if !ok {
				continue
			}
			end := e
			if code[len(code)-1] == '.' && (e == len(r) || r[e] == ' ' && e+1 < len(r) && isUpperLatin(r[e+1])) {
				end-- // "… in the U.S. The company": the full stop ends the sentence
			}
			out = append(out, mention{start: i, end: end, name: string(r[i:end]), key: d.key(names[0]), kind: kg.KindPlace, english: place})
		}
	}
	return out
}

func isUpperLatin(c rune) bool { return c >= 'A' && c <= 'Z' }
