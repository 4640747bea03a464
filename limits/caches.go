package limits

import (
	"context"

	"github.com/maypok86/otter/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

// Default byte budgets of the caches that hold what clients send. gqlgen's own LRUs count
// entries, so a thousand 2,000-token documents (about 0.9 MB each once parsed and validated)
// held 900 MB; these count bytes.
const (
	DefaultDocumentCacheBytes  = 16 << 20 // parsed, validated documents
	DefaultPersistedCacheBytes = 4 << 20  // automatic persisted queries' texts
)

// Cache is a graphql.Cache bounded by the bytes its entries weigh (otter's weighted W-TinyLFU),
// not by their number.
type Cache[T any] struct {
	c        *otter.Cache[string, T]
	weigh    func(key string, v T) int
	maxEntry int
}

// NewCache returns a cache holding at most maxBytes as weigh estimates them. An entry heavier
// than a sixteenth of the budget is not kept at all: one large document must not evict many
// small ones.
func NewCache[T any](maxBytes int, weigh func(key string, v T) int) *Cache[T] {
	return &Cache[T]{c: otter.Must(&otter.Options[string, T]{
		MaximumWeight: uint64(max(maxBytes, 1)),
		Weigher: func(k string, v T) uint32 {
			return uint32(min(weigh(k, v), 1<<31))
		},
	}), weigh: weigh, maxEntry: max(maxBytes/16, 1)}
}

// NewDocumentCache bounds gqlgen's parsed-document cache (SetQueryCache) by bytes.
func NewDocumentCache(maxBytes int) *Cache[*ast.QueryDocument] {
	return NewCache(maxBytes, func(q string, d *ast.QueryDocument) int { return DocumentBytes(q, d) })
}

// NewTextCache bounds a cache of strings (automatic persisted queries) by bytes.
func NewTextCache(maxBytes int) *Cache[string] {
	return NewCache(maxBytes, func(k, v string) int { return len(k) + len(v) + 64 })
}

func (c *Cache[T]) Get(_ context.Context, key string) (T, bool) { return c.c.GetIfPresent(key) }

// Add keeps value unless it alone would take more than a sixteenth of the budget.
func (c *Cache[T]) Add(_ context.Context, key string, value T) {
	if c.weigh(key, value) > c.maxEntry {
		return
	}
	c.c.Set(key, value)
}

// Bytes is the weight of what the cache holds now (after pending evictions).
func (c *Cache[T]) Bytes() int {
	c.c.CleanUp()
	return int(c.c.WeightedSize())
}
