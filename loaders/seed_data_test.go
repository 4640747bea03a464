package loaders

import (
	"testing"
)

// The embedded seed dataset compiles with no problem: every citation is exact, every endpoint
// exists, every enum value is allowed.
func TestSeedDatasetCompiles(t *testing.T) {
	ds, err := SeedDataset()
	if err != nil {
		t.Fatal(err)
	}
	c, err := ds.Compile(SeedPath, Known{})
	if err != nil {
		t.Fatalf("seed dataset does not compile:\n%v", err)
	}
	if len(c.Entities) < 60 || len(c.Relationships) < 60 {
		t.Errorf("seed has %d entities and %d relationships; expected the whole article", len(c.Entities), len(c.Relationships))
	}
	m := NewMatcher(c.Entities)
	ms := m.Find(c.Documents[0].ID, c.Documents[0].Text)
	named := map[string]bool{}
	for _, x := range ms {
		named[x.EntityID] = true
	}
	t.Logf("%d entities, %d relationships, %d mentions of %d entities", len(c.Entities), len(c.Relationships), len(ms), len(named))
}
