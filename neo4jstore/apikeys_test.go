package neo4jstore

import (
	"context"
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// A key's life: created by hash, listed, found by hash while active; its name is taken until
// it is revoked, then free for a new key; a revoked key authenticates no one.
func TestAPIKeys(t *testing.T) {
	s := migrated(t)
	ctx := context.Background()
	steps := []struct {
		name string
		run  func() error
		code string // "" = succeeds
	}{
		{"create", func() error { return s.CreateAPIKey(ctx, "ci", "editor", "hash-1", "hk_1") }, ""},
		{"same name", func() error { return s.CreateAPIKey(ctx, "ci", "admin", "hash-2", "hk_2") }, kg.CodeConflict},
		{"bad role", func() error { return s.CreateAPIKey(ctx, "other", "owner", "hash-3", "hk_3") }, kg.CodeBadUserInput},
		{"no hash", func() error { return s.CreateAPIKey(ctx, "other", "admin", "", "hk_3") }, kg.CodeInternal},
		{"second key", func() error { return s.CreateAPIKey(ctx, "admin", "admin", "hash-4", "hk_4") }, ""},
	}
	for _, st := range steps {
		if err := st.run(); kg.ErrorCode(err) != st.code && !(st.code == "" && err == nil) {
			t.Errorf("%s: %v, want %q", st.name, err, st.code)
		}
	}
	keys, err := s.APIKeys(ctx)
	if err != nil || len(keys) != 2 || keys[0].Name != "admin" || keys[1].Name != "ci" || keys[1].Role != "editor" ||
		keys[1].Prefix != "hk_1" || keys[1].CreatedAt == "" || !keys[1].Active() {
		t.Fatalf("keys %+v, %v", keys, err)
	}
	for hash, want := range map[string]*kg.Principal{"hash-1": {Name: "ci", Role: "editor"}, "hash-4": {Name: "admin", Role: "admin"}, "nope": nil, "": nil} {
		got, err := s.PrincipalByKeyHash(ctx, hash)
		if err != nil || (got == nil) != (want == nil) || (got != nil && *got != *want) {
			t.Errorf("principal of %q: %+v, %v; want %+v", hash, got, err, want)
		}
	}
	if ok, err := s.RevokeAPIKey(ctx, "ci"); !ok || err != nil {
		t.Fatalf("revoke: %v, %v", ok, err)
	}
	if ok, err := s.RevokeAPIKey(ctx, "ci"); ok || err != nil {
		t.Errorf("revoking again: %v, %v; want false", ok, err)
	}
	if p, err := s.PrincipalByKeyHash(ctx, "hash-1"); p != nil || err != nil {
		t.Errorf("a revoked key authenticates %+v (%v)", p, err)
	}
	if err := s.CreateAPIKey(ctx, "ci", "admin", "hash-5", "hk_5"); err != nil {
		t.Fatalf("the revoked key's name is not free: %v", err)
	}
	keys, err = s.APIKeys(ctx)
	if err != nil || len(keys) != 2 || keys[1].Role != "admin" || !keys[1].Active() {
		t.Errorf("after reusing the name: %+v, %v", keys, err)
	}
}
