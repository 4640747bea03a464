package eval

import (
	"path/filepath"

	"github.com/hkgraph/hkgraph/loaders"
)

// LoadAll reads the dev and held-out cases (knowing the seed's entities, as the graph does
// after `seed`) and the seed article case (knowing nothing), from the repository at root.
// heldout3 … heldout13, each written blind after the one before was measured, are
// read when their directories exist (a split with no directory yields no cases).
func LoadAll(root string) ([]Case, error) {
	all, ds, err := loadSplits(root, Splits)
	if err != nil {
		return nil, err
	}
	sc, err := SeedCase(root, ds)
	if err != nil {
		return nil, err
	}
	return append(all, sc), nil
}

// LoadSplits reads the cases of the named splits alone, knowing the seed's entities (a tool
// that must not read the blind splits reads the others this way).
func LoadSplits(root string, splits []string) ([]Case, error) {
	cs, _, err := loadSplits(root, splits)
	return cs, err
}

func loadSplits(root string, splits []string) ([]Case, *loaders.Dataset, error) {
	ds, err := LoadSeed(root)
	if err != nil {
		return nil, nil, err
	}
	known := SeedKnown(ds)
	var all []Case
	for _, split := range splits {
		cs, err := LoadCases(filepath.Join(root, "eval"), split, known)
		if err != nil {
			return nil, nil, err
		}
		all = append(all, cs...)
	}
	return all, ds, nil
}

// Splits are the annotated splits in the order they were written (and are reported); the seed
// article's case comes after them.
var Splits = []string{"dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "study1", "study2", "heldout11", "val2", "val1", "heldout12", "heldout13", "heldout14", "heldout15"}

// Blind are the splits no rule writer reads or scores (eval/README.md); only the one measuring
// them runs evalextract on them. heldout11 became a study set in round nineteen; heldout12 and
// heldout13 (written during round eighteen) stay, and heldout14 and heldout15 (written during
// round nineteen) join them.
var Blind = []string{"heldout12", "heldout13", "heldout14", "heldout15"}

// OfSplit keeps the cases of one split.
func OfSplit(cases []Case, split string) []Case {
	var out []Case
	for _, c := range cases {
		if c.Split == split {
			out = append(out, c)
		}
	}
	return out
}
