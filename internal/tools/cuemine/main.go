// Command cuemine mines relationship cue candidates from the annotated eval texts (issue 12).
//
// For every gold relationship whose two ends are both named in one sentence it collects the
// strings between the ends and right after the later end (Chinese: character n-grams of 1-4,
// folded to Simplified; English: the crudely lemmatised word sequence between the ends and its
// word n-grams of 1-3), and prints, per language, type and string:
//
//	facts   gold facts of the type the string accompanies (missed: of those, the ones the
//	        extractor does not find today; texts: the texts they are in)
//	sents   sentences of the mined splits that contain the string; with: those stating a fact of
//	        the type with both ends named; prec = with/sents
//	cue     "cue" when a cue of the type in extract/cues/relations.tsv is inside the string,
//	        "part" when the string is inside such a cue, "title" when a person title of
//	        cues/titles.tsv is (LEADS, WORKED_AT, MEMBER_OF), else "-"; other: other types' cues inside
//
// Only the study splits are read (never the blind ones, eval.Blind):
//
//	go run ./internal/tools/cuemine -splits dev,heldout,heldout2,heldout3,heldout4,heldout5 -min 3
package main

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/hkgraph/hkgraph/eval"
	"github.com/hkgraph/hkgraph/extract"
	"github.com/hkgraph/hkgraph/textnorm"
)

func main() {
	root := flag.String("root", ".", "the repository")
	study := slices.DeleteFunc(slices.Clone(eval.Splits), func(s string) bool { return slices.Contains(eval.Blind, s) })
	splits := flag.String("splits", strings.Join(study, ","), "splits to mine (study splits only)")
	minFacts := flag.Int("min", 2, "print strings seen with at least this many gold facts")
	minTexts := flag.Int("texts", 1, "print strings seen with the type in at least this many texts")
	minPrec := flag.Float64("prec", 0, "print strings with at least this precision")
	missedOnly := flag.Bool("missed", false, "print only strings that accompany at least one fact missed today")
	uncovered := flag.Bool("uncovered", false, "print only strings no cue of the type covers")
	flag.BoolVar(&dump, "dump", false, "also print each missed fact with both ends in one sentence, with the text between its ends")
	flag.Parse()
	names := strings.Split(*splits, ",")
	for _, s := range names {
		if !slices.Contains(eval.Splits, s) || slices.Contains(eval.Blind, s) {
			fail(fmt.Errorf("split %q is not a study split (the blind ones are %v)", s, eval.Blind))
		}
	}
	cases, err := eval.LoadSplits(*root, names)
	if err != nil {
		fail(err)
	}
	relTSV, titlesTSV := extract.CueLists()
	cues := parseCues(relTSV)
	for _, line := range strings.Split(titlesTSV, "\n") {
		if t, _, _ := strings.Cut(line, "\t"); t != "" && !strings.HasPrefix(t, "#") {
			titles = append(titles, strings.ToLower(t))
		}
	}
	m := mine(cases)
	rows := m.rows(cues)
	fmt.Fprintf(os.Stderr, "gold facts %d (missed today %d); both ends named in one sentence %d (missed %d)\n",
		m.gold, m.goldMissed, m.same, m.sameMissed)
	fmt.Println("lang\ttype\tpos\tstring\tfacts\tmissed\ttexts\twith\tsents\tprec\tcue\tother")
	for _, r := range rows {
		if r.facts < *minFacts || r.texts < *minTexts || r.prec < *minPrec || (*missedOnly && r.missed == 0) || (*uncovered && r.cue != "-") {
			continue
		}
		fmt.Printf("%s\t%s\t%s\t%s\t%d\t%d\t%d\t%d\t%d\t%.2f\t%s\t%s\n", r.lang, r.typ, r.pos, r.s, r.facts, r.missed, r.texts, r.with, r.sents, r.prec, r.cue, r.other)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "cuemine:", err)
	os.Exit(1)
}

// lang is "zh" for both Chinese scripts, else "en".
func lang(l string) string {
	if strings.HasPrefix(l, "zh") {
		return "zh"
	}
	return "en"
}

var dump bool

// titles are the person titles of extract/cues/titles.tsv: the extractor reads LEADS and
// WORKED_AT from a title next to a name, not from relations.tsv.
var titles []string

type key struct{ lang, typ, pos, s string }

type miner struct {
	facts  map[key]int
	missed map[key]int
	texts  map[key]map[string]bool // the texts a string accompanies the type in
	// sentence strings: per language, each sentence's searchable form and the types it states
	sents map[string][]sentence
	// counts of gold facts: all, missed today, with both ends named in one sentence, and missed
	// with both ends in one sentence
	gold, goldMissed, same, sameMissed int
}

type sentence struct {
	text  string // zh: folded characters; en: " lemma lemma … "
	types map[string]bool
}

type span struct{ start, end int }

// sentences splits folded text into sentence spans.
func sentences(t []rune, en bool) []span {
	var out []span
	start := 0
	for i, r := range t {
		end := strings.ContainsRune("。！？!?；;\n", r) ||
			en && r == '.' && i+1 < len(t) && t[i+1] == ' ' && (i+2 >= len(t) || unicode.IsUpper(t[i+2]) || t[i+2] == '"')
		if end {
			if i+1 > start {
				out = append(out, span{start, i + 1})
			}
			start = i + 1
		}
	}
	if start < len(t) {
		out = append(out, span{start, len(t)})
	}
	return out
}

// occurrences of any of names (folded) in folded text f within s.
func occurrences(f []rune, s span, names []string) []span {
	var out []span
	str := string(f[s.start:s.end])
	for _, n := range names {
		if n == "" {
			continue
		}
		nr := []rune(n)
		off := 0
		for {
			i := strings.Index(str[off:], n)
			if i < 0 {
				break
			}
			st := s.start + len([]rune(str[:off+i]))
			out = append(out, span{st, st + len(nr)})
			off += i + len(n)
		}
	}
	return out
}

func endNames(spec string, c *eval.Case) []string {
	var out []string
	for _, alt := range strings.Split(spec, "|") {
		if id, ok := strings.CutPrefix(alt, "id:"); ok {
			for _, k := range c.Known {
				if k.ID == id {
					for _, n := range k.Names {
						out = append(out, textnorm.Fold(n))
					}
				}
			}
			continue
		}
		out = append(out, textnorm.Fold(alt))
	}
	return out
}

// lemma is a crude English stem: lower case, no possessive, no -s/-ed/-ing.
func lemma(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	switch {
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		return w[:len(w)-3]
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

func words(rs []rune) []string {
	var out []string
	for _, w := range strings.FieldsFunc(string(rs), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-'
	}) {
		out = append(out, lemma(w))
	}
	return out
}

func isHan(r rune) bool { return textnorm.HasHan(string(r)) }

// zhGrams are the character n-grams (1-4) of rs made only of Han characters.
func zhGrams(rs []rune, prefixOnly bool) []string {
	var out []string
	for i := range rs {
		for n := 1; n <= 4 && i+n <= len(rs); n++ {
			if !isHan(rs[i+n-1]) {
				break
			}
			out = append(out, string(rs[i:i+n]))
		}
		if prefixOnly {
			break
		}
	}
	return out
}

func enGrams(ws []string, prefixOnly bool) []string {
	var out []string
	for i := range ws {
		for n := 1; n <= 3 && i+n <= len(ws); n++ {
			out = append(out, strings.Join(ws[i:i+n], " "))
		}
		if prefixOnly {
			break
		}
	}
	return out
}

func mine(cases []eval.Case) *miner {
	m := &miner{facts: map[key]int{}, missed: map[key]int{}, texts: map[key]map[string]bool{}, sents: map[string][]sentence{}}
	for i := range cases {
		c := &cases[i]
		lg := lang(c.Language)
		en := lg == "en"
		res := eval.Score(c)
		missed := map[string]bool{}
		for _, s := range res.Missed {
			fact, _, _ := strings.Cut(s, "  [") // the score tags each miss with its cause
			missed[fact] = true
		}
		f := textnorm.FoldAligned(c.Text)
		sameFact := map[int]bool{}
		for _, g := range c.Relationships {
			m.gold++
			if missed[fmt.Sprintf("%s %s → %s", g.Type, g.From, g.To)] {
				m.goldMissed++
			}
		}
		for _, s := range sentences(f, en) {
			sent := sentence{types: map[string]bool{}}
			if en {
				sent.text = " " + strings.Join(words(f[s.start:s.end]), " ") + " "
			} else {
				sent.text = string(f[s.start:s.end])
			}
			for gi, g := range c.Relationships {
				a := occurrences(f, s, endNames(g.From, c))
				b := occurrences(f, s, endNames(g.To, c))
				best, bestGap, dir := [2]span{}, -1, "fwd"
				for _, x := range a {
					for _, y := range b {
						l, r := x, y
						if y.start < x.start {
							l, r = y, x
						}
						if r.start < l.end {
							continue
						}
						if gap := r.start - l.end; bestGap < 0 || gap < bestGap {
							best, bestGap, dir = [2]span{l, r}, gap, "fwd"
							if l != x {
								dir = "rev" // the to end comes first
							}
						}
					}
				}
				if bestGap < 0 {
					continue
				}
				typ := string(g.Type)
				sent.types[typ] = true
				if !sameFact[gi] {
					sameFact[gi] = true
					m.same++
					if missed[fmt.Sprintf("%s %s → %s", g.Type, g.From, g.To)] {
						m.sameMissed++
						if dump {
							fmt.Printf("#missed\t%s/%s\t%s\t%s\t%s|%s|%s\n", c.Split, c.Name, g.Type, dir,
								string(f[max(s.start, best[0].start-6):best[0].end]), string(f[best[0].end:best[1].start]),
								string(f[best[1].start:min(s.end, best[1].end+8)]))
						}
					}
				}
				between := f[best[0].end:best[1].start]
				after := f[best[1].end:s.end]
				seen := map[key]bool{}
				add := func(pos string, grams []string) {
					for _, gr := range grams {
						k := key{lg, typ, pos, gr}
						if seen[k] {
							continue
						}
						seen[k] = true
						m.facts[k]++
						if m.texts[k] == nil {
							m.texts[k] = map[string]bool{}
						}
						m.texts[k][c.Split+"/"+c.Name] = true
						if missed[fmt.Sprintf("%s %s → %s", g.Type, g.From, g.To)] {
							m.missed[k]++
						}
					}
				}
				if en {
					ws := words(between)
					if len(ws) >= 1 && len(ws) <= 6 {
						add("all-"+dir, []string{strings.Join(ws, " ")})
					}
					add("between", enGrams(ws, false))
					add("after", enGrams(words(after), true))
				} else {
					if len(between) >= 1 && len(between) <= 8 {
						add("all-"+dir, []string{string(between)})
					}
					add("between", zhGrams(between, false))
					add("after", zhGrams(after, true))
				}
			}
			m.sents[lg] = append(m.sents[lg], sent)
		}
	}
	return m
}

type row struct {
	lang, typ, pos, s string
	facts, missed     int
	texts             int
	with, sents       int
	prec              float64
	cue, other        string
}

type cue struct{ lang, typ, parts string }

func parseCues(tsv string) []cue {
	var out []cue
	for _, line := range strings.Split(tsv, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			continue
		}
		out = append(out, cue{f[0], f[1], f[2]})
	}
	return out
}

// covers says how the type's cues relate to s: a cue (or every part of a gapped cue) inside s,
// or s inside a cue.
func covers(c cue, s string, en bool) (inside, part bool) {
	if en {
		s = " " + s + " "
	}
	all := true
	for _, p := range strings.Split(c.parts, " * ") {
		q := p
		if en {
			q = " " + strings.Join(words([]rune(p)), " ") + " "
		}
		if !strings.Contains(s, q) {
			all = false
		}
		if strings.Contains(q, s) {
			part = true
		}
	}
	return all, part
}

func (m *miner) rows(cues []cue) []row {
	var out []row
	for k, n := range m.facts {
		en := k.lang == "en"
		needle := k.s
		if en {
			needle = " " + k.s + " "
		}
		r := row{lang: k.lang, typ: k.typ, pos: k.pos, s: k.s, facts: n, missed: m.missed[k], texts: len(m.texts[k]), cue: "-"}
		for _, s := range m.sents[k.lang] {
			if strings.Contains(s.text, needle) {
				r.sents++
				if s.types[k.typ] {
					r.with++
				}
			}
		}
		if r.sents > 0 {
			r.prec = float64(r.with) / float64(r.sents)
		}
		var other []string
		for _, c := range cues {
			if c.lang != k.lang {
				continue
			}
			in, part := covers(c, k.s, en)
			if c.typ == k.typ {
				if in {
					r.cue = "cue"
				} else if part && r.cue == "-" {
					r.cue = "part"
				}
			} else if in && !slices.Contains(other, c.typ) {
				other = append(other, c.typ)
			}
		}
		if r.cue == "-" && (k.typ == "LEADS" || k.typ == "WORKED_AT" || k.typ == "MEMBER_OF") {
			for _, t := range titles {
				if strings.Contains(k.s, t) || en && strings.Contains(k.s, strings.Join(words([]rune(t)), " ")) {
					r.cue = "title"
					break
				}
			}
		}
		sort.Strings(other)
		r.other = strings.Join(other, ",")
		if r.other == "" {
			r.other = "-"
		}
		out = append(out, r)
	}
	sort.Slice(out, func(a, b int) bool {
		x, y := out[a], out[b]
		if x.lang != y.lang {
			return x.lang < y.lang
		}
		if x.typ != y.typ {
			return x.typ < y.typ
		}
		if x.missed != y.missed {
			return x.missed > y.missed
		}
		if x.facts != y.facts {
			return x.facts > y.facts
		}
		return x.pos+x.s < y.pos+y.s
	})
	return out
}
