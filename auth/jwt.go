package auth

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/MicahParks/jwkset"
	"github.com/MicahParks/keyfunc/v3"
	"github.com/golang-jwt/jwt/v5"

	"github.com/hkgraph/hkgraph/kg"
)

const (
	// MinSecretLen is the shortest HS256 secret accepted: 32 bytes, the hash's output size
	// (RFC 7518 §3.2).
	MinSecretLen = 32

	// clockSkew is how far the issuer's clock may be off ours when checking exp and nbf.
	clockSkew = 30 * time.Second

	jwksRefresh = 15 * time.Minute // background refresh of the JWKS
	jwksTimeout = 10 * time.Second // per JWKS fetch, and the longest a request waits for one
)

// Sentinel errors from the key lookup, turned into messages by describe.
var (
	errNoSecret  = errors.New("HS256 is not accepted")
	errNoJWKS    = errors.New("RS256/ES256 are not accepted")
	errKeyLookup = errors.New("no JWKS key for the token")
	errCrit      = errors.New("critical header extensions")
)

type jwtVerifier struct {
	secret    []byte
	jwks      keyfunc.Keyfunc // nil without a JWKS URL
	parser    *jwt.Parser
	algs      []string
	roleClaim string
	issuer    string
	audience  string
}

func newJWTVerifier(ctx context.Context, o Options) (*jwtVerifier, error) {
	v := &jwtVerifier{roleClaim: o.RoleClaim, issuer: o.Issuer, audience: o.Audience}
	if v.roleClaim == "" {
		v.roleClaim = "role"
	}
	if o.JWTSecret != "" {
		if len(o.JWTSecret) < MinSecretLen {
			return nil, fmt.Errorf("HKGRAPH_JWT_SECRET must be at least %d bytes", MinSecretLen)
		}
		v.secret = []byte(o.JWTSecret)
		v.algs = append(v.algs, jwt.SigningMethodHS256.Alg())
	}
	if o.JWKSURL != "" {
		if err := CheckJWKSURL(o.JWKSURL); err != nil {
			return nil, err
		}
		log := o.Logger
		kf, err := keyfunc.NewDefaultOverrideCtx(ctx, []string{o.JWKSURL}, keyfunc.Override{
			HTTPTimeout:     jwksTimeout,
			RefreshInterval: jwksRefresh,
			// A token naming an unknown kid refreshes the set (rate-limited by keyfunc to once
			// per 5 minutes); while limited, refuse at once rather than hold the request.
			RateLimitWaitMax: jwksTimeout,
			RefreshErrorHandlerFunc: func(u string) func(context.Context, error) {
				return func(ctx context.Context, err error) {
					log.WarnContext(ctx, "fetching the JWKS failed; JWTs signed by keys not yet fetched are refused", "url", u, "err", err)
				}
			},
		})
		if err != nil {
			return nil, fmt.Errorf("HKGRAPH_JWKS_URL: %w", err)
		}
		v.jwks = kf
		v.algs = append(v.algs, jwt.SigningMethodRS256.Alg(), jwt.SigningMethodES256.Alg())
	}
	opts := []jwt.ParserOption{
		jwt.WithValidMethods(v.algs), // refuses alg "none" and every algorithm not configured
		jwt.WithExpirationRequired(),
		jwt.WithLeeway(clockSkew),
	}
	if o.Issuer != "" {
		opts = append(opts, jwt.WithIssuer(o.Issuer))
	}
	if o.Audience != "" {
		opts = append(opts, jwt.WithAudience(o.Audience))
	}
	v.parser = jwt.NewParser(opts...)
	return v, nil
}

// CheckJWKSURL accepts https URLs, and http only to this machine (for a local identity
// provider in development): keys fetched over plain HTTP could be swapped on the way.
func CheckJWKSURL(s string) error {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return fmt.Errorf("HKGRAPH_JWKS_URL=%q is not a URL like https://issuer.example/.well-known/jwks.json", s)
	}
	switch u.Scheme {
	case "https":
		return nil
	case "http":
		if h := u.Hostname(); h == "127.0.0.1" || h == "localhost" || h == "::1" {
			return nil
		}
	}
	return fmt.Errorf("HKGRAPH_JWKS_URL=%q must be https:// (or http:// to 127.0.0.1 or localhost)", s)
}

// key picks the verification key by the token's algorithm, so a key only ever verifies the
// algorithm family it is for: the HS256 secret never meets an RSA token, and a JWKS key never
// verifies an HMAC (which defeats signing an HS256 token with the RSA public key as secret).
func (v *jwtVerifier) key(ctx context.Context, t *jwt.Token) (any, error) {
	// RFC 7515 §4.1.11: a recipient must refuse a token whose crit header names an extension it
	// does not understand, and hkgraph understands none.
	if _, ok := t.Header["crit"]; ok {
		return nil, errCrit
	}
	switch t.Method.(type) {
	case *jwt.SigningMethodHMAC:
		if t.Method.Alg() != jwt.SigningMethodHS256.Alg() || v.secret == nil {
			return nil, errNoSecret
		}
		return v.secret, nil
	case *jwt.SigningMethodRSA, *jwt.SigningMethodECDSA:
		if v.jwks == nil {
			return nil, errNoJWKS
		}
		ctx, cancel := context.WithTimeout(ctx, jwksTimeout)
		defer cancel()
		k, err := v.jwks.KeyfuncCtx(ctx)(t)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", errKeyLookup, err)
		}
		return k, nil
	}
	return nil, errNoSecret // unreachable: WithValidMethods admits only the above
}

func (v *jwtVerifier) verify(ctx context.Context, token string) (kg.Principal, error) {
	claims := jwt.MapClaims{}
	t, err := v.parser.ParseWithClaims(token, claims, func(t *jwt.Token) (any, error) { return v.key(ctx, t) })
	if err != nil {
		return kg.Principal{}, refuse("%s", v.describe(t, claims, err))
	}
	sub, _ := claims["sub"].(string)
	if sub == "" {
		return kg.Principal{}, refuse("the JWT has no sub (subject) claim, so the caller cannot be named")
	}
	// A role that is neither editor nor admin (or none) leaves the caller anonymous: reads only.
	return kg.Principal{Name: sub, Role: v.role(claims)}, nil
}

// role reads the role claim: a string, or a list of strings (the highest role wins). A claim
// name with dots ("realm_access.roles") is also looked up as a path through nested objects.
func (v *jwtVerifier) role(claims jwt.MapClaims) string {
	val, ok := claims[v.roleClaim]
	if !ok && strings.Contains(v.roleClaim, ".") {
		var cur any = map[string]any(claims)
		for _, part := range strings.Split(v.roleClaim, ".") {
			m, _ := cur.(map[string]any)
			cur = m[part]
		}
		val = cur
	}
	var roles []string
	switch r := val.(type) {
	case string:
		roles = []string{r}
	case []any:
		for _, x := range r {
			if s, ok := x.(string); ok {
				roles = append(roles, s)
			}
		}
	}
	switch {
	case slices.Contains(roles, kg.RoleAdmin):
		return kg.RoleAdmin
	case slices.Contains(roles, kg.RoleEditor):
		return kg.RoleEditor
	}
	return kg.RoleAnonymous
}

// describe says why a JWT was refused, without repeating it. Signature problems come first:
// the claims of a token whose signature fails are not to be believed.
func (v *jwtVerifier) describe(t *jwt.Token, claims jwt.MapClaims, err error) string {
	accepted := strings.Join(v.algs, ", ")
	switch {
	case errors.Is(err, jwt.ErrTokenMalformed):
		return "the token is neither an hkg_ API key nor a well-formed JWT"
	case t != nil && t.Method != nil && !slices.Contains(v.algs, t.Method.Alg()):
		return fmt.Sprintf("the JWT's algorithm %q is not accepted here; accepted: %s", t.Method.Alg(), accepted)
	case errors.Is(err, errNoSecret):
		return fmt.Sprintf("HS256 JWTs are not accepted here; accepted: %s", accepted)
	case errors.Is(err, errNoJWKS):
		return fmt.Sprintf("RS256 and ES256 JWTs are not accepted here; accepted: %s", accepted)
	case errors.Is(err, jwkset.ErrKeyNotFound):
		return "the JWT's signing key (kid) is not in the identity provider's JWKS"
	case errors.Is(err, errCrit):
		return "the JWT has a crit header: this server understands no critical header extension (RFC 7515 §4.1.11)"
	case errors.Is(err, errKeyLookup):
		return "the JWT's signing key could not be found in the identity provider's JWKS"
	case errors.Is(err, jwt.ErrTokenUnverifiable):
		// e.g. an algorithm the library does not know: the header names it.
		return fmt.Sprintf("the JWT cannot be verified: its algorithm is not supported; accepted: %s", accepted)
	case errors.Is(err, jwt.ErrTokenSignatureInvalid):
		return "the JWT's signature is invalid (signed with another key or altered)"
	case errors.Is(err, jwt.ErrTokenExpired):
		return "the JWT has expired"
	case errors.Is(err, jwt.ErrTokenNotValidYet):
		return "the JWT is not valid yet (its nbf is in the future)"
	case errors.Is(err, jwt.ErrTokenRequiredClaimMissing):
		switch {
		case claims["exp"] == nil:
			return "the JWT has no exp (expiry) claim; tokens must expire"
		case v.issuer != "" && claims["iss"] == nil:
			return "the JWT has no iss (issuer) claim; this server requires one"
		case v.audience != "" && claims["aud"] == nil:
			return "the JWT has no aud (audience) claim; this server requires one"
		}
		return "the JWT lacks a required claim"
	case errors.Is(err, jwt.ErrTokenInvalidIssuer):
		return "the JWT's issuer (iss) is not the one this server accepts"
	case errors.Is(err, jwt.ErrTokenInvalidAudience):
		return "the JWT's audience (aud) does not include this server"
	case errors.Is(err, jwt.ErrInvalidType):
		return "the JWT has a claim of the wrong type (exp, nbf and iat are numbers; iss and sub strings)"
	}
	return "the JWT is invalid"
}
