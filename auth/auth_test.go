package auth

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hkgraph/hkgraph/internal/testwait"
	"github.com/hkgraph/hkgraph/kg"
)

// fakeKeys is a KeyLookup in memory that counts lookups.
type fakeKeys struct {
	mu      sync.Mutex
	keys    map[string]kg.Principal // hash → principal
	err     error
	lookups int
}

func (f *fakeKeys) PrincipalByKeyHash(_ context.Context, hash string) (*kg.Principal, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.lookups++
	if f.err != nil {
		return nil, f.err
	}
	if p, ok := f.keys[hash]; ok {
		return &p, nil
	}
	return nil, nil
}

func (f *fakeKeys) count() int { f.mu.Lock(); defer f.mu.Unlock(); return f.lookups }

func (f *fakeKeys) set(fn func(*fakeKeys)) { f.mu.Lock(); defer f.mu.Unlock(); fn(f) }

func TestNewAPIKey(t *testing.T) {
	key, hash, prefix, err := NewAPIKey()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(key, "hkg_") || len(key) != 47 || !wellFormedKey(key) {
		t.Fatalf("key %q is not hkg_ + 43 base64url characters", key)
	}
	sum := sha256.Sum256([]byte(key))
	if hash != hex.EncodeToString(sum[:]) || HashAPIKey(key) != hash {
		t.Fatalf("hash %q is not the hex SHA-256 of the key", hash)
	}
	if prefix != key[4:12] {
		t.Fatalf("prefix %q, want %q", prefix, key[4:12])
	}
	other, _, _, _ := NewAPIKey()
	if other == key {
		t.Fatal("two keys are equal")
	}
}

func TestAPIKeyCache(t *testing.T) {
	ctx := context.Background()
	key, hash, _, _ := NewAPIKey()
	f := &fakeKeys{keys: map[string]kg.Principal{hash: {Name: "ci", Role: kg.RoleEditor}}}
	const ttl = 200 * time.Millisecond
	a, err := New(Options{Keys: f, CacheTTL: ttl})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()

	for range 3 {
		p, err := a.Authenticate(ctx, key)
		if err != nil || p != (kg.Principal{Name: "ci", Role: kg.RoleEditor}) {
			t.Fatalf("Authenticate = %+v, %v", p, err)
		}
	}
	if n := f.count(); n != 1 {
		t.Fatalf("%d lookups for one key within the TTL, want 1", n)
	}

	// Revoked: still accepted from the cache until the TTL passes, then refused. The cache
	// (an expirable LRU) reads the wall clock, so the test waits for the TTL, polling.
	f.set(func(f *fakeKeys) { delete(f.keys, hash) })
	revokedAt := time.Now()
	if _, err := a.Authenticate(ctx, key); err != nil && time.Since(revokedAt) < ttl {
		t.Fatalf("refused within the TTL, before the cache entry expired: %v", err)
	}
	testwait.Eventually(t, ttl+time.Second, func() bool {
		_, err = a.Authenticate(ctx, key)
		return err != nil
	}, "a revoked key refused once the TTL (%v) passed", ttl)
	checkRefusal(t, err, "unknown or revoked API key", key)

	// A miss is cached too, but no longer than the TTL.
	before := f.count()
	_, _ = a.Authenticate(ctx, key)
	if f.count() != before {
		t.Fatal("a miss was looked up again within the TTL")
	}
	f.set(func(f *fakeKeys) { f.keys[hash] = kg.Principal{Name: "ci", Role: kg.RoleAdmin} })
	testwait.Eventually(t, ttl+time.Second, func() bool {
		p, err := a.Authenticate(ctx, key)
		return err == nil && p.Role == kg.RoleAdmin
	}, "the key accepted again, as admin, once the cached miss expired")
}

func TestAPIKeyRefusals(t *testing.T) {
	ctx := context.Background()
	key, hash, _, _ := NewAPIKey()

	t.Run("malformed key is not looked up", func(t *testing.T) {
		f := &fakeKeys{}
		a, _ := New(Options{Keys: f})
		defer a.Close()
		for _, k := range []string{"hkg_", "hkg_short", key + "x", key[:46] + "!"} {
			_, err := a.Authenticate(ctx, k)
			checkRefusal(t, err, "malformed", k)
		}
		if f.count() != 0 {
			t.Fatal("a malformed key reached the store")
		}
	})
	t.Run("no key store", func(t *testing.T) {
		a, _ := New(Options{JWTSecret: testSecret})
		defer a.Close()
		_, err := a.Authenticate(ctx, key)
		checkRefusal(t, err, "does not accept API keys", key)
	})
	t.Run("database down is not cached and not shown", func(t *testing.T) {
		f := &fakeKeys{err: &kg.Error{Code: kg.CodeDatabaseUnavailable, Message: "db", Err: errors.New("dial tcp 10.0.0.7:7687: refused")}}
		a, _ := New(Options{Keys: f})
		defer a.Close()
		_, err := a.Authenticate(ctx, key)
		checkRefusal(t, err, "database is unavailable", key)
		if strings.Contains(err.Error(), "10.0.0.7") {
			t.Fatalf("refusal %q shows the cause", err)
		}
		f.set(func(f *fakeKeys) {
			f.err = nil
			f.keys = map[string]kg.Principal{hash: {Name: "ci", Role: kg.RoleAdmin}}
		})
		if p, err := a.Authenticate(ctx, key); err != nil || p.Role != kg.RoleAdmin {
			t.Fatalf("after the database is back: %+v, %v", p, err)
		}
	})
	t.Run("unknown stored role grants nothing", func(t *testing.T) {
		f := &fakeKeys{keys: map[string]kg.Principal{hash: {Name: "odd", Role: "root"}}}
		a, _ := New(Options{Keys: f})
		defer a.Close()
		if p, err := a.Authenticate(ctx, key); err != nil || p != (kg.Principal{Name: "odd"}) {
			t.Fatalf("Authenticate = %+v, %v", p, err)
		}
	})
}
