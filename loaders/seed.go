package loaders

import (
	"context"
	"embed"
	"io/fs"
	"log/slog"

	"github.com/hkgraph/hkgraph/kg"
)

// The seed dataset travels inside the binary, so `hkgraph seed` works from any folder.
//
//go:embed data/seed.json data/*.txt
var seedFiles embed.FS

// SeedPath names the seed dataset in messages.
const SeedPath = "loaders/data/seed.json"

// Store is what loaders need from the database.
type Store interface {
	kg.BatchWriter
	EntitiesByID(ctx context.Context, ids []string) (map[string]*kg.Entity, error)
	DocumentsByID(ctx context.Context, ids []string) (map[string]*kg.Document, error)
}

// SeedDataset parses the embedded seed dataset.
func SeedDataset() (*Dataset, error) {
	b, err := seedFiles.ReadFile("data/seed.json")
	if err != nil {
		return nil, err
	}
	dir, _ := fs.Sub(seedFiles, "data")
	return ParseJSON(b, dir, SeedPath)
}

// Prepare looks up what the dataset refers to in the database and compiles it.
func Prepare(ctx context.Context, st Store, ds *Dataset, name string) (*Compiled, error) {
	entIDs, docIDs := ds.References()
	known := Known{Entities: map[string]*kg.Entity{}, Documents: map[string]*kg.Document{}}
	var err error
	if len(entIDs) > 0 {
		if known.Entities, err = st.EntitiesByID(ctx, entIDs); err != nil {
			return nil, err
		}
	}
	if len(docIDs) > 0 {
		if known.Documents, err = st.DocumentsByID(ctx, docIDs); err != nil {
			return nil, err
		}
	}
	return ds.Compile(name, known)
}

// Seed validates the embedded dataset whole and writes it in one transaction: documents,
// entities, relationships, and a mention wherever a document names an entity. Running it
// again changes nothing.
func Seed(ctx context.Context, st Store, log *slog.Logger) (kg.WriteCounts, error) {
	ds, err := SeedDataset()
	if err != nil {
		return kg.WriteCounts{}, err
	}
	c, err := Prepare(ctx, st, ds, SeedPath)
	if err != nil {
		return kg.WriteCounts{}, err
	}
	batch := kg.Batch{Documents: c.Documents, Entities: c.Entities, Relationships: c.Relationships}
	m := NewMatcher(c.Entities)
	for _, d := range c.Documents {
		batch.Mentions = append(batch.Mentions, m.Find(d.ID, d.Text)...)
	}
	counts, err := st.WriteBatch(ctx, batch)
	if err != nil {
		return counts, err
	}
	log.Info("seeded", "documents", len(batch.Documents), "entities", len(batch.Entities),
		"relationships", len(batch.Relationships), "mentions", len(batch.Mentions),
		"nodesCreated", counts.NodesCreated, "relationshipsCreated", counts.RelationshipsCreated,
		"propertiesSet", counts.PropertiesSet)
	return counts, nil
}
