package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// Report is every case's result with totals by split and language, and by split and type.
type Report struct {
	Results []Result
	ByLang  map[[2]string]*Total // (split, language)
	ByType  map[[2]string]*Counts
}

// Total sums the counts of several results.
type Total struct {
	Rel, Ent, Fig    Counts
	EntKindOK        int
	DateGold, DateOK int
	Spans, SpansOK   int
	Texts            int
	Causes           map[string]int
	WrongCauses      map[string]int
}

func (t *Total) add(r Result) {
	t.Rel.add(r.Rel)
	t.Ent.add(r.Ent)
	t.Fig.add(r.Fig)
	t.EntKindOK += r.EntKindOK
	t.DateGold += r.DateGold
	t.DateOK += r.DateOK
	t.Spans += r.Spans
	t.SpansOK += r.SpansOK
	t.Texts++
	if t.Causes == nil {
		t.Causes = map[string]int{}
	}
	for c, n := range r.Causes {
		t.Causes[c] += n
	}
	if t.WrongCauses == nil {
		t.WrongCauses = map[string]int{}
	}
	for c, n := range r.WrongCauses {
		t.WrongCauses[c] += n
	}
}

// Run scores every case.
func Run(cases []Case) *Report {
	rep := &Report{ByLang: map[[2]string]*Total{}, ByType: map[[2]string]*Counts{}}
	for i := range cases {
		r := Score(&cases[i])
		rep.Results = append(rep.Results, r)
		for _, k := range [][2]string{{r.Case.Split, r.Case.Language}, {r.Case.Split, "all"}} {
			if rep.ByLang[k] == nil {
				rep.ByLang[k] = &Total{}
			}
			rep.ByLang[k].add(r)
		}
		for t, c := range r.ByType {
			k := [2]string{r.Case.Split, string(t)}
			if rep.ByType[k] == nil {
				rep.ByType[k] = &Counts{}
			}
			rep.ByType[k].add(*c)
		}
	}
	return rep
}

// splitOrder ranks a split for the tables: Splits in order, then the seed article. A split
// missing here would rank with dev and interleave with it, rows moving from run to run.
var splitOrder = func() map[string]int {
	m := map[string]int{}
	for i, s := range Splits {
		m[s] = i
	}
	m["seed"] = len(Splits)
	return m
}()

func sortedKeys[V any](m map[[2]string]V) [][2]string {
	var ks [][2]string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(a, b int) bool {
		if ks[a][0] != ks[b][0] {
			if splitOrder[ks[a][0]] == splitOrder[ks[b][0]] {
				return ks[a][0] < ks[b][0]
			}
			return splitOrder[ks[a][0]] < splitOrder[ks[b][0]]
		}
		if (ks[a][1] == "all") != (ks[b][1] == "all") {
			return ks[b][1] == "all"
		}
		return ks[a][1] < ks[b][1]
	})
	return ks
}

func ratio(a, b int) string {
	if b == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f", float64(a)/float64(b))
}

// Markdown writes the report as tables.
func (rep *Report) Markdown(w io.Writer) {
	fmt.Fprintln(w, "| split | language | texts | rel. precision | rel. recall | new-entity recall | entity kind right | figure recall | dates right | spans slice to quote |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|")
	for _, k := range sortedKeys(rep.ByLang) {
		t := rep.ByLang[k]
		fmt.Fprintf(w, "| %s | %s | %d | %s (%d/%d) | %s (%d/%d) | %s (%d/%d) | %s | %s (%d/%d) | %s (%d/%d) | %d/%d |\n",
			k[0], k[1], t.Texts, ratio(t.Rel.TP, t.Rel.Pred), t.Rel.TP, t.Rel.Pred, ratio(t.Rel.GoldHit, t.Rel.Gold), t.Rel.GoldHit, t.Rel.Gold,
			ratio(t.Ent.GoldHit, t.Ent.Gold), t.Ent.GoldHit, t.Ent.Gold, ratio(t.EntKindOK, t.Ent.GoldHit),
			ratio(t.Fig.GoldHit, t.Fig.Gold), t.Fig.GoldHit, t.Fig.Gold, ratio(t.DateOK, t.DateGold), t.DateOK, t.DateGold, t.SpansOK, t.Spans)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| split | relationship type | precision | recall |")
	fmt.Fprintln(w, "|---|---|---|---|")
	for _, k := range sortedKeys(rep.ByType) {
		c := rep.ByType[k]
		fmt.Fprintf(w, "| %s | %s | %s (%d/%d) | %s (%d/%d) |\n", k[0], k[1], ratio(c.TP, c.Pred), c.TP, c.Pred, ratio(c.GoldHit, c.Gold), c.GoldHit, c.Gold)
	}
	fmt.Fprintln(w)
	rep.causesTable(w)
}

// causesTable writes why gold relationships were missed, per split and language: the
// nearest proposal (same ends with another type, reversed, one end differing), else whether
// an end was not recognised at all, else whether the ends share a sentence.
func (rep *Report) causesTable(w io.Writer) {
	rep.countsTable(w, "missed", Causes, func(t *Total) (int, map[string]int) { return t.Rel.Gold - t.Rel.GoldHit, t.Causes })
	fmt.Fprintln(w)
	rep.countsTable(w, "wrong", WrongCauses, func(t *Total) (int, map[string]int) { return t.Rel.Pred - t.Rel.TP, t.WrongCauses })
}

func (rep *Report) countsTable(w io.Writer, what string, causes []string, of func(*Total) (int, map[string]int)) {
	fmt.Fprintf(w, "| split | language | %s |", what)
	for _, c := range causes {
		fmt.Fprintf(w, " %s |", c)
	}
	fmt.Fprint(w, "\n|---|---|---|")
	for range causes {
		fmt.Fprint(w, "---|")
	}
	fmt.Fprintln(w)
	for _, k := range sortedKeys(rep.ByLang) {
		n, by := of(rep.ByLang[k])
		if n == 0 {
			continue
		}
		fmt.Fprintf(w, "| %s | %s | %d |", k[0], k[1], n)
		for _, c := range causes {
			fmt.Fprintf(w, " %d |", by[c])
		}
		fmt.Fprintln(w)
	}
}

// Details lists, per text, the gold facts missed and the proposals that match no gold fact.
func (rep *Report) Details(w io.Writer) {
	for _, r := range rep.Results {
		if len(r.Missed)+len(r.Wrong) == 0 {
			continue
		}
		fmt.Fprintf(w, "%s/%s:\n", r.Case.Split, r.Case.Name)
		for _, m := range r.Missed {
			fmt.Fprintf(w, "  missed  %s\n", m)
		}
		for _, m := range r.Wrong {
			fmt.Fprintf(w, "  wrong   %s\n", m)
		}
	}
}

// Total returns the totals of one split and language ("all" for every language).
func (rep *Report) Total(split, lang string) Total {
	if t := rep.ByLang[[2]string{split, lang}]; t != nil {
		return *t
	}
	return Total{}
}

var _ = strings.Join
var _ kg.RelType
