// Package eval measures the extractor against hand-annotated texts (dev/ and heldout/, one
// JSON file per text) and against the seed article with its hand-curated relationships.
package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hkgraph/hkgraph/extract"
	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// Case is one annotated text. End names list alternatives with '|'; "id:x" names a known entity.
type Case struct {
	Name          string          `json:"-"`
	Split         string          `json:"-"` // "dev", "heldout" or "seed"
	Language      string          `json:"language"`
	Published     string          `json:"published"`
	Text          string          `json:"text"`
	Entities      []GoldEntity    `json:"entities"`
	Relationships []GoldRelation  `json:"relationships"`
	Figures       []GoldFigure    `json:"figures"`
	Known         []extract.Known `json:"-"`
}

type GoldEntity struct {
	Name string  `json:"name"`
	Kind kg.Kind `json:"kind"`
}

type GoldRelation struct {
	Type    kg.RelType `json:"type"`
	From    string     `json:"from"`
	To      string     `json:"to"`
	Date    string     `json:"date,omitempty"`
	EndDate string     `json:"endDate,omitempty"`
	Status  string     `json:"status,omitempty"`
	Round   string     `json:"round,omitempty"`
	Lead    *bool      `json:"lead,omitempty"`
}

type GoldFigure struct {
	Subject   string  `json:"subject"`
	Value     float64 `json:"value"`
	Currency  string  `json:"currency,omitempty"`
	Unit      string  `json:"unit,omitempty"`
	Qualifier string  `json:"qualifier,omitempty"`
}

// LoadCases reads every *.json under dir/split, giving each the known entities.
func LoadCases(dir, split string, known []extract.Known) ([]Case, error) {
	files, err := filepath.Glob(filepath.Join(dir, split, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out []Case
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var c Case
		if err := json.Unmarshal(b, &c); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		c.Name, c.Split, c.Known = strings.TrimSuffix(filepath.Base(f), ".json"), split, known
		out = append(out, c)
	}
	return out, nil
}

// Counts are true positives, predictions and gold items.
type Counts struct{ TP, Pred, Gold, GoldHit int }

func (c *Counts) add(o Counts) {
	c.TP += o.TP
	c.Pred += o.Pred
	c.Gold += o.Gold
	c.GoldHit += o.GoldHit
}

// Precision is TP/Pred (1 when nothing was predicted and nothing was expected).
func (c Counts) Precision() float64 {
	if c.Pred == 0 {
		if c.Gold == 0 {
			return 1
		}
		return 0
	}
	return float64(c.TP) / float64(c.Pred)
}

// Recall is the share of gold items found.
func (c Counts) Recall() float64 {
	if c.Gold == 0 {
		return 1
	}
	return float64(c.GoldHit) / float64(c.Gold)
}

// Result is the score of one case.
type Result struct {
	Case      *Case
	Rel       Counts
	ByType    map[kg.RelType]*Counts
	Ent       Counts // new entities: Gold, GoldHit (recall)
	EntKindOK int
	Fig       Counts // figures: Gold, GoldHit
	DateGold  int
	DateOK    int
	Spans     int // proposals
	SpansOK   int // proposals whose span slices the text to the quote within the cap
	Missed    []string
	Causes    map[string]int // missed gold relationships by cause (causes.go)
	// WrongCauses counts the proposals that match no gold fact by what is wrong (causes.go).
	WrongCauses map[string]int
	Wrong       []string
	Proposals   []extract.Proposal
}

// Score runs the extractor on c and compares with the gold annotations.
func Score(c *Case) Result {
	ps := extract.Extract(extract.Input{Text: c.Text, Language: c.Language, Published: c.Published, Known: c.Known})
	res := Result{Case: c, ByType: map[kg.RelType]*Counts{}, Proposals: ps}
	runes := []rune(c.Text)
	names := map[string][]string{} // entity key → its names
	for _, p := range ps {
		res.Spans++
		if p.Start >= 0 && p.End <= len(runes) && p.Start < p.End && p.End-p.Start <= 300 && string(runes[p.Start:p.End]) == p.Quote {
			res.SpansOK++
		}
		if p.Kind == extract.KindEntity {
			e := p.Entity
			names[e.Key] = append([]string{e.Name, e.NameZhHans, e.NameZhHant}, e.Aliases...)
		}
	}
	knownNames := map[string][]string{}
	for _, k := range c.Known {
		knownNames[k.ID] = k.Names
	}
	keysOf := func(e extract.End) map[string]bool {
		out := map[string]bool{textnorm.Fold(e.Name): true}
		if e.EntityID != "" {
			out["id:"+e.EntityID] = true
			for _, n := range knownNames[e.EntityID] {
				out[textnorm.Fold(n)] = true
			}
		}
		for _, n := range names[e.EntityKey] {
			if n != "" {
				out[textnorm.Fold(n)] = true
			}
		}
		return out
	}
	matches := func(spec string, keys map[string]bool) bool {
		for _, alt := range strings.Split(spec, "|") {
			if strings.HasPrefix(alt, "id:") {
				if keys[alt] {
					return true
				}
			} else if keys[textnorm.Fold(alt)] {
				return true
			}
		}
		return false
	}
	// Relationships: one prediction per distinct (type, from, to).
	var preds []pred
	seen := map[string]bool{}
	for _, p := range ps {
		if p.Kind != extract.KindRelationship {
			continue
		}
		r := p.Relationship
		k := string(r.Type) + "|" + endID(r.From) + "|" + endID(r.To)
		if seen[k] {
			continue
		}
		seen[k] = true
		preds = append(preds, pred{r, keysOf(r.From), keysOf(r.To), p.Quote})
	}
	symmetric := func(t kg.RelType) bool { return t == "PARTNERED_WITH" || t == "MERGED_WITH" }
	hit := func(g GoldRelation, p pred) bool {
		if g.Type != p.r.Type {
			return false
		}
		if matches(g.From, p.from) && matches(g.To, p.to) {
			return true
		}
		return symmetric(g.Type) && matches(g.From, p.to) && matches(g.To, p.from)
	}
	byType := func(t kg.RelType) *Counts {
		if res.ByType[t] == nil {
			res.ByType[t] = &Counts{}
		}
		return res.ByType[t]
	}
	res.WrongCauses = map[string]int{}
	for _, p := range preds {
		res.Rel.Pred++
		byType(p.r.Type).Pred++
		ok := false
		for _, g := range c.Relationships {
			if hit(g, p) {
				ok = true
				break
			}
		}
		if ok {
			res.Rel.TP++
			byType(p.r.Type).TP++
		} else {
			cause := wrongCause(p, c, matches)
			res.WrongCauses[cause]++
			res.Wrong = append(res.Wrong, fmt.Sprintf("%s %s → %s  [%s]", p.r.Type, p.r.From.Name, p.r.To.Name, cause))
		}
	}
	res.Causes = map[string]int{}
	var sentences []string
	foldedText := textnorm.Fold(c.Text)
	proposed := map[string][]string{} // a folded name of a proposed entity → all its names, folded
	for _, ns := range names {
		var fs []string
		for _, n := range ns {
			if n != "" {
				fs = append(fs, textnorm.Fold(n))
			}
		}
		for _, f := range fs {
			proposed[f] = fs
		}
	}
	knownByName := map[string][]string{} // a folded known name → all that entity's names, folded
	for _, k := range c.Known {
		var fs []string
		for _, n := range k.Names {
			fs = append(fs, textnorm.Fold(n))
		}
		knownByName["id:"+k.ID] = fs
		for _, f := range fs {
			knownByName[f] = fs
		}
	}
	surfaces := func(spec string) []string {
		var out []string
		for _, alt := range strings.Split(spec, "|") {
			if strings.HasPrefix(alt, "id:") {
				out = append(out, knownByName[alt]...)
				continue
			}
			f := textnorm.Fold(alt)
			out = append(out, f)
			out = append(out, proposed[f]...)
			out = append(out, knownByName[f]...)
		}
		return out
	}
	recognised := func(spec string) bool {
		for _, alt := range strings.Split(spec, "|") {
			f := textnorm.Fold(alt)
			if proposed[f] != nil {
				return true
			}
			// f is alt itself for "id:x" (ids are folded already), else a folded name.
			if k := knownByName[f]; k != nil && containsAny(foldedText, k) {
				return true
			}
		}
		return false
	}
	for _, g := range c.Relationships {
		res.Rel.Gold++
		byType(g.Type).Gold++
		found := false
		for _, p := range preds {
			if hit(g, p) {
				found = true
				if d := g.Date + g.EndDate; d != "" {
					res.DateGold++
					if g.Date == p.r.Date && g.EndDate == p.r.EndDate {
						res.DateOK++
					}
				}
				break
			}
		}
		if found {
			res.Rel.GoldHit++
			byType(g.Type).GoldHit++
		} else {
			res.Missed = append(res.Missed, fmt.Sprintf("%s %s → %s", g.Type, g.From, g.To))
			if sentences == nil {
				sentences = foldedSentences(c.Text)
			}
			cause := missCause(g, preds, matches, recognised, surfaces, sentences)
			res.Causes[cause]++
			res.Missed[len(res.Missed)-1] += "  [" + cause + "]"
		}
	}
	// New entities: recall over the gold list, and whether the proposed kind agrees.
	for _, g := range c.Entities {
		res.Ent.Gold++
		for _, p := range ps {
			if p.Kind != extract.KindEntity {
				continue
			}
			keys := map[string]bool{}
			for _, n := range names[p.Entity.Key] {
				if n != "" {
					keys[textnorm.Fold(n)] = true
				}
			}
			if matches(g.Name, keys) {
				res.Ent.GoldHit++
				if p.Entity.Kind == g.Kind {
					res.EntKindOK++
				}
				goto next
			}
		}
		res.Missed = append(res.Missed, fmt.Sprintf("entity %s", g.Name))
	next:
	}
	// Figures and amounts: a gold figure is found when a figure or a relationship amount has
	// its value (and its currency when it has one).
	for _, g := range c.Figures {
		res.Fig.Gold++
		for _, p := range ps {
			v, cur := 0.0, ""
			switch {
			case p.Kind == extract.KindFigure:
				v, cur = p.Figure.Value, p.Figure.Unit
			case p.Kind == extract.KindRelationship && p.Relationship.Amount != nil:
				v, cur = *p.Relationship.Amount, p.Relationship.Currency
			default:
				continue
			}
			if v == g.Value && (g.Currency == "" || g.Currency == cur) {
				res.Fig.GoldHit++
				break
			}
		}
	}
	return res
}

// pred is one distinct (type, from, to) relationship proposal with the names its ends match.
type pred struct {
	r        *extract.RelationshipProposal
	from, to map[string]bool
	quote    string
}

func endID(e extract.End) string {
	if e.EntityID != "" {
		return "id:" + e.EntityID
	}
	return e.EntityKey
}
