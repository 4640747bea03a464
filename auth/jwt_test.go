package auth

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/hkgraph/hkgraph/kg"
)

const testSecret = "0123456789abcdef0123456789abcdef-test-secret"

// idp is a fake identity provider: an RSA and an EC key published as a JWKS over httptest.
type idp struct {
	rsa    *rsa.PrivateKey
	ec     *ecdsa.PrivateKey
	rsaPEM []byte // the RSA public key, as an attacker would find it
	url    string
}

func newIDP(t *testing.T) *idp {
	t.Helper()
	rk, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	ek, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	der, err := x509.MarshalPKIXPublicKey(&rk.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	b64 := base64.RawURLEncoding.EncodeToString
	ecPub, err := ek.PublicKey.ECDH()
	if err != nil {
		t.Fatal(err)
	}
	xy := ecPub.Bytes()[1:] // 0x04 || X || Y
	jwks, _ := json.Marshal(map[string]any{"keys": []map[string]any{
		{"kty": "RSA", "kid": "rsa1", "alg": "RS256", "use": "sig",
			"n": b64(rk.N.Bytes()), "e": b64(big.NewInt(int64(rk.E)).Bytes())},
		{"kty": "EC", "kid": "ec1", "alg": "ES256", "use": "sig", "crv": "P-256",
			"x": b64(xy[:32]), "y": b64(xy[32:])},
	}})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(jwks)
	}))
	t.Cleanup(srv.Close)
	return &idp{rsa: rk, ec: ek, url: srv.URL + "/jwks.json",
		rsaPEM: pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der})}
}

// claims returns valid claims for subject "alice", changed by the given edits.
func claims(edits ...func(jwt.MapClaims)) jwt.MapClaims {
	now := time.Now()
	c := jwt.MapClaims{"sub": "alice", "role": "editor", "iat": now.Unix(), "exp": now.Add(time.Hour).Unix()}
	for _, e := range edits {
		e(c)
	}
	return c
}

func set(k string, v any) func(jwt.MapClaims) { return func(c jwt.MapClaims) { c[k] = v } }
func del(k string) func(jwt.MapClaims)        { return func(c jwt.MapClaims) { delete(c, k) } }

func sign(t *testing.T, m jwt.SigningMethod, kid string, c jwt.MapClaims, key any) string {
	t.Helper()
	tok := jwt.NewWithClaims(m, c)
	if kid != "" {
		tok.Header["kid"] = kid
	}
	s, err := tok.SignedString(key)
	if err != nil {
		t.Fatalf("signing: %v", err)
	}
	return s
}

func TestJWT(t *testing.T) {
	p := newIDP(t)
	otherRSA, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	secretOnly := Options{JWTSecret: testSecret}
	jwksOnly := Options{JWKSURL: p.url}
	both := Options{JWTSecret: testSecret, JWKSURL: p.url}
	hs := func(c jwt.MapClaims) func(t *testing.T) string {
		return func(t *testing.T) string { return sign(t, jwt.SigningMethodHS256, "", c, []byte(testSecret)) }
	}
	rs := func(kid string, c jwt.MapClaims) func(t *testing.T) string {
		return func(t *testing.T) string { return sign(t, jwt.SigningMethodRS256, kid, c, p.rsa) }
	}
	raw := func(s string) func(t *testing.T) string { return func(*testing.T) string { return s } }

	tests := []struct {
		name    string
		opts    Options
		token   func(t *testing.T) string
		want    kg.Principal
		wantErr string // substring of the refusal; "" = accepted
	}{
		// Nothing usable.
		{name: "no token", opts: secretOnly, token: raw(""), wantErr: "empty"},
		{name: "garbage", opts: secretOnly, token: raw("not-a-token"), wantErr: "neither an hkg_ API key nor a well-formed JWT"},
		{name: "three garbage segments", opts: secretOnly, token: raw("a.b.c"), wantErr: "well-formed JWT"},
		{name: "jwt not configured", opts: Options{}, token: hs(claims()), wantErr: "JWT authentication is not configured"},
		{name: "oversized", opts: secretOnly, token: raw(strings.Repeat("x", maxToken+1)), wantErr: "too long"},

		// Algorithms.
		{name: "alg none", opts: both, token: func(t *testing.T) string {
			return sign(t, jwt.SigningMethodNone, "", claims(set("role", "admin")), jwt.UnsafeAllowNoneSignatureType)
		}, wantErr: `algorithm "none" is not accepted`},
		{name: "alg none, empty signature hand-made", opts: secretOnly, token: func(t *testing.T) string {
			parts := strings.Split(hs(claims())(t), ".")
			hdr := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"none","typ":"JWT"}`))
			return hdr + "." + parts[1] + "."
		}, wantErr: `algorithm "none" is not accepted`},
		{name: "HS/RS confusion, JWKS only", opts: jwksOnly, token: func(t *testing.T) string {
			return sign(t, jwt.SigningMethodHS256, "rsa1", claims(set("role", "admin")), p.rsaPEM)
		}, wantErr: `algorithm "HS256" is not accepted`},
		{name: "HS/RS confusion, secret and JWKS", opts: both, token: func(t *testing.T) string {
			return sign(t, jwt.SigningMethodHS256, "rsa1", claims(set("role", "admin")), p.rsaPEM)
		}, wantErr: "signature is invalid"},
		{name: "HS512 refused", opts: secretOnly, token: func(t *testing.T) string {
			return sign(t, jwt.SigningMethodHS512, "", claims(), []byte(testSecret))
		}, wantErr: `algorithm "HS512" is not accepted`},
		{name: "RS384 refused", opts: jwksOnly, token: func(t *testing.T) string {
			return sign(t, jwt.SigningMethodRS384, "rsa1", claims(), p.rsa)
		}, wantErr: `algorithm "RS384" is not accepted`},
		{name: "RS256 without JWKS", opts: secretOnly, token: rs("rsa1", claims()), wantErr: `algorithm "RS256" is not accepted`},

		// Signatures and keys.
		{name: "HS256 good", opts: secretOnly, token: hs(claims()), want: kg.Principal{Name: "alice", Role: kg.RoleEditor}},
		{name: "HS256 wrong secret", opts: secretOnly, token: func(t *testing.T) string {
			return sign(t, jwt.SigningMethodHS256, "", claims(), []byte(strings.Repeat("w", 40)))
		}, wantErr: "signature is invalid"},
		{name: "HS256 altered payload", opts: secretOnly, token: func(t *testing.T) string {
			parts := strings.Split(hs(claims())(t), ".")
			forged, _ := json.Marshal(claims(set("role", "admin")))
			return parts[0] + "." + base64.RawURLEncoding.EncodeToString(forged) + "." + parts[2]
		}, wantErr: "signature is invalid"},
		{name: "RS256 via JWKS", opts: jwksOnly, token: rs("rsa1", claims(set("role", "admin"))), want: kg.Principal{Name: "alice", Role: kg.RoleAdmin}},
		{name: "RS256 without kid tries every key", opts: jwksOnly, token: rs("", claims()), want: kg.Principal{Name: "alice", Role: kg.RoleEditor}},
		{name: "ES256 via JWKS", opts: both, token: func(t *testing.T) string {
			return sign(t, jwt.SigningMethodES256, "ec1", claims(), p.ec)
		}, want: kg.Principal{Name: "alice", Role: kg.RoleEditor}},
		{name: "RS256 signed by a key not in the JWKS", opts: jwksOnly, token: func(t *testing.T) string {
			return sign(t, jwt.SigningMethodRS256, "rsa1", claims(), otherRSA)
		}, wantErr: "signature is invalid"},
		{name: "RS256 unknown kid", opts: jwksOnly, token: rs("nope", claims()), wantErr: "not in the identity provider's JWKS"},
		{name: "ES256 naming the RSA key", opts: jwksOnly, token: func(t *testing.T) string {
			return sign(t, jwt.SigningMethodES256, "rsa1", claims(), p.ec)
		}, wantErr: "signing key could not be found"},

		// Time.
		{name: "expired", opts: secretOnly, token: hs(claims(set("exp", time.Now().Add(-time.Hour).Unix()))), wantErr: "has expired"},
		{name: "expired within clock skew", opts: secretOnly, token: hs(claims(set("exp", time.Now().Add(-5*time.Second).Unix()))), want: kg.Principal{Name: "alice", Role: kg.RoleEditor}},
		{name: "nbf in the future", opts: secretOnly, token: hs(claims(set("nbf", time.Now().Add(time.Hour).Unix()))), wantErr: "not valid yet"},
		{name: "nbf past", opts: secretOnly, token: hs(claims(set("nbf", time.Now().Add(-time.Minute).Unix()))), want: kg.Principal{Name: "alice", Role: kg.RoleEditor}},
		{name: "missing exp", opts: secretOnly, token: hs(claims(del("exp"))), wantErr: "no exp"},
		{name: "exp not a number", opts: secretOnly, token: hs(claims(set("exp", "tomorrow"))), wantErr: "wrong type"},
		{name: "expired with bad signature says signature", opts: secretOnly, token: func(t *testing.T) string {
			return sign(t, jwt.SigningMethodHS256, "", claims(set("exp", 1)), []byte(strings.Repeat("w", 40)))
		}, wantErr: "signature is invalid"},

		// Headers.
		{name: "crit header refused (RFC 7515 §4.1.11)", opts: secretOnly, token: func(t *testing.T) string {
			tok := jwt.NewWithClaims(jwt.SigningMethodHS256, claims())
			tok.Header["crit"] = []string{"exp"}
			tok.Header["exp"] = 1
			s, err := tok.SignedString([]byte(testSecret))
			if err != nil {
				t.Fatal(err)
			}
			return s
		}, wantErr: "crit header"},

		// Subject and role.
		{name: "missing sub", opts: secretOnly, token: hs(claims(del("sub"))), wantErr: "no sub"},
		{name: "role admin", opts: secretOnly, token: hs(claims(set("role", "admin"))), want: kg.Principal{Name: "alice", Role: kg.RoleAdmin}},
		{name: "unknown role reads only", opts: secretOnly, token: hs(claims(set("role", "superuser"))), want: kg.Principal{Name: "alice"}},
		{name: "role is case-sensitive", opts: secretOnly, token: hs(claims(set("role", "Admin"))), want: kg.Principal{Name: "alice"}},
		{name: "no role reads only", opts: secretOnly, token: hs(claims(del("role"))), want: kg.Principal{Name: "alice"}},
		{name: "role list, highest wins", opts: secretOnly, token: hs(claims(set("role", []any{"viewer", "editor", "admin"}))), want: kg.Principal{Name: "alice", Role: kg.RoleAdmin}},
		{name: "role of wrong type", opts: secretOnly, token: hs(claims(set("role", 7))), want: kg.Principal{Name: "alice"}},
		{name: "configured claim name", opts: Options{JWTSecret: testSecret, RoleClaim: "https://hkgraph.example/role"},
			token: hs(claims(set("https://hkgraph.example/role", "admin"), set("role", "editor"))), want: kg.Principal{Name: "alice", Role: kg.RoleAdmin}},
		{name: "configured claim name ignores role", opts: Options{JWTSecret: testSecret, RoleClaim: "hkgraph_role"},
			token: hs(claims(set("role", "admin"))), want: kg.Principal{Name: "alice"}},
		{name: "nested claim path", opts: Options{JWTSecret: testSecret, RoleClaim: "realm_access.roles"},
			token: hs(claims(set("realm_access", map[string]any{"roles": []any{"offline", "editor"}}))), want: kg.Principal{Name: "alice", Role: kg.RoleEditor}},
		{name: "nested claim path absent", opts: Options{JWTSecret: testSecret, RoleClaim: "realm_access.roles"},
			token: hs(claims(set("realm_access", "admin"))), want: kg.Principal{Name: "alice"}},

		// Issuer and audience.
		{name: "issuer matches", opts: Options{JWTSecret: testSecret, Issuer: "https://id.example/"},
			token: hs(claims(set("iss", "https://id.example/"))), want: kg.Principal{Name: "alice", Role: kg.RoleEditor}},
		{name: "wrong issuer", opts: Options{JWTSecret: testSecret, Issuer: "https://id.example/"},
			token: hs(claims(set("iss", "https://evil.example/"))), wantErr: "issuer (iss) is not the one"},
		{name: "missing issuer", opts: Options{JWTSecret: testSecret, Issuer: "https://id.example/"}, token: hs(claims()), wantErr: "no iss"},
		{name: "issuer not checked when unset", opts: secretOnly, token: hs(claims(set("iss", "anyone"))), want: kg.Principal{Name: "alice", Role: kg.RoleEditor}},
		{name: "audience in list", opts: Options{JWTSecret: testSecret, Audience: "hkgraph"},
			token: hs(claims(set("aud", []any{"other", "hkgraph"}))), want: kg.Principal{Name: "alice", Role: kg.RoleEditor}},
		{name: "wrong audience", opts: Options{JWTSecret: testSecret, Audience: "hkgraph"},
			token: hs(claims(set("aud", "other"))), wantErr: "audience (aud) does not include"},
		{name: "missing audience", opts: Options{JWTSecret: testSecret, Audience: "hkgraph"}, token: hs(claims()), wantErr: "no aud"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := New(tt.opts)
			if err != nil {
				t.Fatalf("New: %v", err)
			}
			defer a.Close()
			token := tt.token(t)
			got, err := a.Authenticate(context.Background(), token)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				if got != tt.want {
					t.Fatalf("principal %+v, want %+v", got, tt.want)
				}
				return
			}
			checkRefusal(t, err, tt.wantErr, token)
		})
	}
}

// checkRefusal asserts err is an UNAUTHENTICATED *kg.Error saying want, without the token.
func checkRefusal(t *testing.T, err error, want, token string) {
	t.Helper()
	var ke *kg.Error
	if !errors.As(err, &ke) || ke.Code != kg.CodeUnauthenticated {
		t.Fatalf("error %v (%T), want a *kg.Error with code %s", err, err, kg.CodeUnauthenticated)
	}
	if !strings.Contains(ke.Message, want) {
		t.Fatalf("message %q, want it to say %q", ke.Message, want)
	}
	for _, part := range strings.Split(token, ".") {
		if len(part) >= 8 && strings.Contains(err.Error(), part) {
			t.Fatalf("message %q repeats part of the token", err.Error())
		}
	}
}

func TestNewRefusesBadSettings(t *testing.T) {
	for name, o := range map[string]Options{
		"short secret":    {JWTSecret: strings.Repeat("s", MinSecretLen-1)},
		"plain http JWKS": {JWKSURL: "http://id.example/jwks.json"},
		"not a URL":       {JWKSURL: "jwks.json"},
		"negative TTL":    {CacheTTL: -time.Second},
	} {
		t.Run(name, func(t *testing.T) {
			if a, err := New(o); err == nil {
				a.Close()
				t.Fatal("accepted")
			}
		})
	}
	a, err := New(Options{JWTSecret: strings.Repeat("s", MinSecretLen)})
	if err != nil {
		t.Fatalf("a %d-byte secret: %v", MinSecretLen, err)
	}
	a.Close()
}

func TestCheckJWKSURL(t *testing.T) {
	for u, ok := range map[string]bool{
		"https://id.example/.well-known/jwks.json": true,
		"http://127.0.0.1:9000/jwks":               true,
		"http://localhost/jwks":                    true,
		"http://[::1]:9000/jwks":                   true,
		"http://id.example/jwks":                   false,
		"http://localhost.evil.example/jwks":       false,
		"ftp://id.example/jwks":                    false,
		"/jwks.json":                               false,
	} {
		if err := CheckJWKSURL(u); (err == nil) != ok {
			t.Errorf("CheckJWKSURL(%q) = %v, want ok=%v", u, err, ok)
		}
	}
}

// A JWKS that cannot be fetched at start does not stop the server; tokens are refused until
// it can be.
func TestJWKSDownAtStart(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, "down", http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	a, err := New(Options{JWKSURL: srv.URL})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	defer a.Close()
	k, _ := rsa.GenerateKey(rand.Reader, 2048)
	token := sign(t, jwt.SigningMethodRS256, "rsa1", claims(), k)
	_, err = a.Authenticate(context.Background(), token)
	checkRefusal(t, err, "JWKS", token)
}
