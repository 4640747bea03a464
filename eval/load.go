package eval

import "path/filepath"

// LoadAll reads the dev and held-out cases (knowing the seed's entities, as the graph does
// after `seed`) and the seed article case (knowing nothing), from the repository at root.
// heldout3 … heldout8, each written blind after the one before was measured, are
// read when their directories exist (a split with no directory yields no cases).
func LoadAll(root string) ([]Case, error) {
	ds, err := LoadSeed(root)
	if err != nil {
		return nil, err
	}
	known := SeedKnown(ds)
	var all []Case
	for _, split := range Splits {
		cs, err := LoadCases(filepath.Join(root, "eval"), split, known)
		if err != nil {
			return nil, err
		}
		all = append(all, cs...)
	}
	sc, err := SeedCase(root, ds)
	if err != nil {
		return nil, err
	}
	return append(all, sc), nil
}

// Splits are the annotated splits in the order they were written (and are reported); the seed
// article's case comes after them.
var Splits = []string{"dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8"}

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
