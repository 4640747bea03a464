package eval

import "path/filepath"

// LoadAll reads the dev and held-out cases (knowing the seed's entities, as the graph does
// after `seed`) and the seed article case (knowing nothing), from the repository at root.
func LoadAll(root string) ([]Case, error) {
	ds, err := LoadSeed(root)
	if err != nil {
		return nil, err
	}
	known := SeedKnown(ds)
	var all []Case
	for _, split := range []string{"dev", "heldout"} {
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
