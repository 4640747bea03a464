package eval

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/hkgraph/hkgraph/extract"
	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/loaders"
)

// SeedKnown is every seed entity as the extractor's Known: the graph as it is after `seed`.
func SeedKnown(ds *loaders.Dataset) []extract.Known {
	var out []extract.Known
	for _, e := range ds.Entities {
		out = append(out, extract.Known{ID: e.ID, Kind: kg.Kind(e.Kind), Names: entityNames(e)})
	}
	return out
}

func entityNames(e loaders.EntityRecord) []string {
	names := append([]string{e.Name}, e.Aliases...)
	for _, n := range []*string{e.NameZhHans, e.NameZhHant} {
		if n != nil && *n != "" {
			names = append(names, *n)
		}
	}
	return names
}

// LoadSeed reads the seed dataset under root (the repository).
func LoadSeed(root string) (*loaders.Dataset, error) {
	return loaders.LoadJSON(filepath.Join(root, "loaders", "data", "seed.json"))
}

// SeedCase is the seed article as a case: its text alone (the extractor knows no entity), and
// the hand-curated relationships as gold, their ends named by every name of the seed entity.
func SeedCase(root string, ds *loaders.Dataset) (Case, error) {
	d := ds.Documents[0]
	text := d.Text
	if d.TextFile != "" {
		b, err := os.ReadFile(filepath.Join(root, "loaders", "data", d.TextFile))
		if err != nil {
			return Case{}, err
		}
		text = string(b)
	}
	spec := map[string]string{}
	for _, e := range ds.Entities {
		spec[e.ID] = "id:" + e.ID + "|" + strings.Join(entityNames(e), "|")
	}
	c := Case{Name: "seed-article", Split: "seed", Language: d.Language, Text: text}
	if d.Published != nil {
		c.Published = *d.Published
	}
	for _, r := range ds.Relationships {
		g := GoldRelation{Type: kg.RelType(r.Type), From: spec[r.From], To: spec[r.To]}
		if r.Date != nil {
			g.Date = *r.Date
		}
		c.Relationships = append(c.Relationships, g)
	}
	return c, nil
}
