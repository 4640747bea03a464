package auth

import (
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/hkgraph/hkgraph/internal/testdb"
	"github.com/hkgraph/hkgraph/internal/testwait"
	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/neo4jstore"
)

func TestMain(m *testing.M) { testdb.Main(m) }

// TestAPIKeysNeo4j runs the key lifecycle against a real Neo4j: create, authenticate, list,
// duplicate, revoke (refused within the TTL), reuse of a revoked name.
func TestAPIKeysNeo4j(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d := testdb.Driver(t)
	testdb.Wipe(t, d)
	st := neo4jstore.New(d, neo4jstore.Options{})
	if err := st.Migrate(ctx, slog.Default()); err != nil {
		t.Fatalf("Migrate: %v", err)
	}
	const ttl = 300 * time.Millisecond
	a, err := New(Options{Keys: st, CacheTTL: ttl})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()

	key, hash, prefix, err := NewAPIKey()
	if err != nil {
		t.Fatal(err)
	}
	if err := st.CreateAPIKey(ctx, "ci-bot", kg.RoleEditor, hash, prefix); err != nil {
		t.Fatalf("CreateAPIKey: %v", err)
	}
	p, err := a.Authenticate(ctx, key)
	if err != nil || p != (kg.Principal{Name: "ci-bot", Role: kg.RoleEditor}) {
		t.Fatalf("Authenticate = %+v, %v", p, err)
	}

	// Only the key's hash is stored, never the key.
	props, err := storedProps(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	var sawHash bool
	for _, v := range props {
		if s, _ := v.(string); s != "" && strings.Contains(key, s) && s != prefix && s != "ci-bot" && s != kg.RoleEditor {
			t.Fatalf("a stored property holds the key or part of it: %q", s)
		}
		sawHash = sawHash || v == hash
	}
	if !sawHash {
		t.Fatalf("the hash is not stored: %v", props)
	}

	// Unknown keys are refused.
	other, _, _, _ := NewAPIKey()
	_, err = a.Authenticate(ctx, other)
	checkRefusal(t, err, "unknown or revoked API key", other)

	// Listing.
	keys, err := st.APIKeys(ctx)
	if err != nil || len(keys) != 1 {
		t.Fatalf("APIKeys = %+v, %v", keys, err)
	}
	k := keys[0]
	if k.Name != "ci-bot" || k.Role != kg.RoleEditor || k.Prefix != prefix || k.RevokedAt != nil || !k.Active() {
		t.Fatalf("listed %+v", k)
	}
	if _, err := time.Parse(time.RFC3339, k.CreatedAt); err != nil {
		t.Fatalf("createdAt %q: %v", k.CreatedAt, err)
	}

	// Names are unique while a key is active, and checked.
	_, hash2, prefix2, _ := NewAPIKey()
	err = st.CreateAPIKey(ctx, "ci-bot", kg.RoleAdmin, hash2, prefix2)
	if kg.ErrorCode(err) != kg.CodeConflict {
		t.Fatalf("duplicate name: %v, want %s", err, kg.CodeConflict)
	}
	for _, bad := range [][2]string{{"", kg.RoleEditor}, {"has space", kg.RoleEditor}, {"ok", "root"}, {"ok", ""}} {
		if err := st.CreateAPIKey(ctx, bad[0], bad[1], hash2, prefix2); kg.ErrorCode(err) != kg.CodeBadUserInput {
			t.Errorf("CreateAPIKey(%q, %q): %v, want %s", bad[0], bad[1], err, kg.CodeBadUserInput)
		}
	}

	// Revocation: refused within the TTL.
	ok, err := st.RevokeAPIKey(ctx, "ci-bot")
	if err != nil || !ok {
		t.Fatalf("RevokeAPIKey = %v, %v", ok, err)
	}
	revokedAt := time.Now()
	if ok, err := st.RevokeAPIKey(ctx, "ci-bot"); err != nil || ok {
		t.Fatalf("second RevokeAPIKey = %v, %v; want false", ok, err)
	}
	if ok, err := st.RevokeAPIKey(ctx, "nobody"); err != nil || ok {
		t.Fatalf("RevokeAPIKey(nobody) = %v, %v; want false", ok, err)
	}
	testwait.Eventually(t, ttl+200*time.Millisecond-time.Since(revokedAt), func() bool {
		_, err = a.Authenticate(ctx, key)
		return err != nil
	}, "revoked key refused within the TTL (%v) of its revocation", ttl)
	checkRefusal(t, err, "unknown or revoked API key", key)
	if p, err := st.PrincipalByKeyHash(ctx, hash); err != nil || p != nil {
		t.Fatalf("PrincipalByKeyHash(revoked) = %+v, %v", p, err)
	}
	keys, _ = st.APIKeys(ctx)
	if len(keys) != 1 || keys[0].RevokedAt == nil || keys[0].Active() {
		t.Fatalf("after revoking, listed %+v", keys)
	}

	// A revoked key's name can be given to a new key; the old key stays refused.
	key3, hash3, prefix3, _ := NewAPIKey()
	if err := st.CreateAPIKey(ctx, "ci-bot", kg.RoleAdmin, hash3, prefix3); err != nil {
		t.Fatalf("reusing a revoked name: %v", err)
	}
	if p, err := a.Authenticate(ctx, key3); err != nil || p != (kg.Principal{Name: "ci-bot", Role: kg.RoleAdmin}) {
		t.Fatalf("new key: %+v, %v", p, err)
	}
	// The old key stays refused by the database itself, not only by a's cached miss: a new
	// Authenticator, with empty caches, asks the store.
	fresh, err := New(Options{Keys: st, CacheTTL: ttl})
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	_, err = fresh.Authenticate(ctx, key)
	checkRefusal(t, err, "unknown or revoked API key", key)
	keys, _ = st.APIKeys(ctx)
	if len(keys) != 1 || keys[0].Prefix != prefix3 || !keys[0].Active() {
		t.Fatalf("after reuse, listed %+v", keys)
	}
}

// storedProps returns every property value of every ApiKey node, read straight from Neo4j.
func storedProps(ctx context.Context, d neo4j.DriverWithContext) ([]any, error) {
	res, err := neo4j.ExecuteQuery(ctx, d, "MATCH (k:ApiKey) RETURN properties(k) AS p", nil, neo4j.EagerResultTransformer)
	if err != nil {
		return nil, err
	}
	var out []any
	for _, r := range res.Records {
		p, _ := r.Get("p")
		for _, v := range p.(map[string]any) {
			out = append(out, v)
		}
	}
	return out, nil
}
