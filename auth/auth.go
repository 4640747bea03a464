// Package auth turns a bearer token into a kg.Principal. A token is either an hkgraph API key
// ("hkg_" + 43 base64url characters), looked up by its hash in the store, or a JWT from an
// identity provider, verified with a shared HS256 secret or the provider's JWKS (RS256/ES256).
//
// Every refusal is a *kg.Error with code UNAUTHENTICATED whose message says what is wrong and
// never repeats the token.
package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/hashicorp/golang-lru/v2/expirable"

	"github.com/hkgraph/hkgraph/kg"
)

// KeyPrefix starts every hkgraph API key.
const KeyPrefix = "hkg_"

const (
	keyBytes    = 32                  // of crypto/rand entropy per key
	keyTextLen  = len(KeyPrefix) + 43 // base64url of 32 bytes, unpadded
	idPrefixLen = 8                   // characters after hkg_ kept to identify a key
	maxToken    = 16 << 10            // longer tokens are refused unread
	cacheSize   = 4096                // entries per cache (hits and misses apart)
	defaultTTL  = 5 * time.Second     // Options.CacheTTL default
	dbFailure   = "the API key could not be checked because the database is unavailable; try again shortly"
	notConfMsg  = "JWT authentication is not configured on this server (it needs HKGRAPH_JWT_SECRET or HKGRAPH_JWKS_URL); send an hkg_ API key instead"
	malformedFK = "the API key is malformed: an hkgraph API key is hkg_ followed by 43 characters"
)

// KeyLookup finds the principal of an active API key by the key's hash; nil when the hash is
// unknown or its key revoked. *neo4jstore.Store implements it.
type KeyLookup interface {
	PrincipalByKeyHash(ctx context.Context, hash string) (*kg.Principal, error)
}

// Options configure an Authenticator. Everything is optional: without Keys API keys are
// refused, without JWTSecret and JWKSURL JWTs are.
type Options struct {
	Keys      KeyLookup
	JWTSecret string        // HKGRAPH_JWT_SECRET: accept HS256 JWTs signed with it (at least 32 bytes)
	JWKSURL   string        // HKGRAPH_JWKS_URL: accept RS256/ES256 JWTs signed by these keys
	RoleClaim string        // HKGRAPH_JWT_ROLE_CLAIM: the claim holding the role; default "role"
	Issuer    string        // HKGRAPH_JWT_ISSUER: when set, JWTs must carry this iss
	Audience  string        // HKGRAPH_JWT_AUDIENCE: when set, JWTs' aud must include it
	CacheTTL  time.Duration // how long an API key lookup (hit or miss) is reused; default 5 s
	Logger    *slog.Logger  // for database and JWKS failures; default slog.Default()
}

// Authenticator implements httpserver.Authenticator. Close it to stop the JWKS refresh.
type Authenticator struct {
	keys   KeyLookup
	hits   *expirable.LRU[string, kg.Principal] // key hash → principal
	misses *expirable.LRU[string, struct{}]     // key hashes of unknown or revoked keys
	jwt    *jwtVerifier                         // nil: JWTs are refused
	log    *slog.Logger
	stop   context.CancelFunc
}

// New returns an Authenticator. With a JWKS URL it fetches the key set once (a failure is
// logged, not returned, so the server can start while the identity provider is down) and
// refreshes it in the background until Close.
func New(o Options) (*Authenticator, error) {
	if o.CacheTTL < 0 {
		return nil, errors.New("auth: CacheTTL must not be negative")
	}
	if o.CacheTTL == 0 {
		o.CacheTTL = defaultTTL
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	ctx, cancel := context.WithCancel(context.Background())
	a := &Authenticator{
		keys: o.Keys, log: o.Logger, stop: cancel,
		// Hits and misses are cached apart, so a flood of made-up keys cannot evict real ones.
		// A revoked key is refused at the latest CacheTTL after revocation; a miss is kept no
		// longer than CacheTTL either, and since a key cannot be presented before it is made,
		// a new key works at once.
		hits:   expirable.NewLRU[string, kg.Principal](cacheSize, nil, o.CacheTTL),
		misses: expirable.NewLRU[string, struct{}](cacheSize, nil, o.CacheTTL),
	}
	if o.JWTSecret != "" || o.JWKSURL != "" {
		v, err := newJWTVerifier(ctx, o)
		if err != nil {
			cancel()
			return nil, err
		}
		a.jwt = v
	}
	return a, nil
}

// Close stops the JWKS refresh.
func (a *Authenticator) Close() { a.stop() }

// Authenticate resolves a bearer token (without "Bearer ") to its principal.
func (a *Authenticator) Authenticate(ctx context.Context, token string) (kg.Principal, error) {
	switch {
	case token == "":
		return kg.Principal{}, refuse("the bearer token is empty")
	case len(token) > maxToken:
		return kg.Principal{}, refuse("the bearer token is too long (over %d bytes)", maxToken)
	case strings.HasPrefix(token, KeyPrefix):
		return a.apiKey(ctx, token)
	case a.jwt == nil:
		return kg.Principal{}, refuse(notConfMsg)
	}
	return a.jwt.verify(ctx, token)
}

func (a *Authenticator) apiKey(ctx context.Context, key string) (kg.Principal, error) {
	if !wellFormedKey(key) {
		return kg.Principal{}, refuse(malformedFK)
	}
	if a.keys == nil {
		return kg.Principal{}, refuse("this server does not accept API keys")
	}
	hash := HashAPIKey(key) // the caches hold hashes, never keys
	if p, ok := a.hits.Get(hash); ok {
		return p, nil
	}
	if _, ok := a.misses.Get(hash); ok {
		return kg.Principal{}, refuse("unknown or revoked API key")
	}
	p, err := a.keys.PrincipalByKeyHash(ctx, hash)
	if err != nil {
		// Not cached: the next request asks again.
		a.log.WarnContext(ctx, "API key lookup failed", "err", err)
		if kg.ErrorCode(err) == kg.CodeTimeout {
			return kg.Principal{}, refuse("the API key could not be checked in time; try again")
		}
		return kg.Principal{}, refuse(dbFailure)
	}
	if p == nil {
		a.misses.Add(hash, struct{}{})
		return kg.Principal{}, refuse("unknown or revoked API key")
	}
	principal := kg.Principal{Name: p.Name, Role: p.Role}
	if principal.Role != kg.RoleEditor && principal.Role != kg.RoleAdmin {
		principal.Role = kg.RoleAnonymous // a stored role we do not know grants nothing
	}
	a.hits.Add(hash, principal)
	return principal, nil
}

// NewAPIKey makes a key: "hkg_" + base64url of 32 bytes from crypto/rand. It returns the key,
// to show once, and the hash and prefix to store.
func NewAPIKey() (key, hash, prefix string, err error) {
	b := make([]byte, keyBytes)
	if _, err := rand.Read(b); err != nil {
		return "", "", "", fmt.Errorf("reading random bytes: %w", err)
	}
	key = KeyPrefix + base64.RawURLEncoding.EncodeToString(b)
	return key, HashAPIKey(key), KeyID(key), nil
}

// HashAPIKey returns the hex SHA-256 of the whole key. A fast unsalted hash is right here, and
// a password hash (bcrypt, argon2) is not needed: keys carry 256 bits from crypto/rand, so
// neither a dictionary nor brute force can invert the hash, and a deterministic hash lets a
// request find its key in one indexed lookup.
func HashAPIKey(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])
}

// KeyID returns the 8 characters after "hkg_", which listings show to tell keys apart (48 of
// the 256 bits; the other 208 stay secret).
func KeyID(key string) string {
	rest := strings.TrimPrefix(key, KeyPrefix)
	return rest[:min(idPrefixLen, len(rest))]
}

func wellFormedKey(key string) bool {
	if len(key) != keyTextLen {
		return false
	}
	for _, c := range key[len(KeyPrefix):] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

func refuse(format string, args ...any) *kg.Error {
	return kg.Errorf(kg.CodeUnauthenticated, format, args...)
}
